import type { DataType } from '../../contract/data-types/index.ts';
import { aiColumn } from './ai.ts';
import { booleanColumn } from './boolean.ts';
import type { AppColumnType } from './column-type.ts';
import { computedColumn } from './computed.ts';
import { dateColumn } from './date.ts';
import { emailColumn } from './email.ts';
import { imageColumn, imagesColumn } from './image.ts';
import { jsonColumn } from './json.ts';
import { markdownColumn } from './markdown.ts';
import { numberColumn } from './number.ts';
import { phoneColumn } from './phone.ts';
import { relationColumn } from './relation.ts';
import { multiselectColumn, selectColumn } from './select.ts';
import { textColumn } from './text.ts';
import { urlColumn } from './url.ts';

export type { AppColumnType } from './column-type.ts';

/** The app's registry: one entry per data type (the compiler names a missing one). */
export const appColumnTypes: Record<DataType, AppColumnType> = {
  text: textColumn,
  number: numberColumn,
  boolean: booleanColumn,
  date: dateColumn,
  select: selectColumn,
  multiselect: multiselectColumn,
  url: urlColumn,
  email: emailColumn,
  computed: computedColumn,
  relation: relationColumn,
  ai: aiColumn,
  phone: phoneColumn,
  json: jsonColumn,
  image: imageColumn,
  images: imagesColumn,
  markdown: markdownColumn,
};
