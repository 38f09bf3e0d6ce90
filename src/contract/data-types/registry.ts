import { aiType } from './ai.ts';
import { booleanType } from './boolean.ts';
import { computedType } from './computed.ts';
import type { DataType, DataTypeDefinition } from './data-type.ts';
import { dateType } from './date.ts';
import { imagesType, imageType } from './image.ts';
import { jsonType } from './json.ts';
import { numberType } from './number.ts';
import { phoneType } from './phone.ts';
import { relationType } from './relation.ts';
import { multiselectType, selectType } from './select.ts';
import { markdownType, textType } from './text.ts';
import { emailType, urlType } from './url.ts';

/**
 * The contract's registry: one definition per data type, each with its own settings schema (the
 * compiler names a missing type). Its order is the order of the API reference's config fields.
 */
export const dataTypes = {
  text: textType,
  number: numberType,
  boolean: booleanType,
  date: dateType,
  select: selectType,
  multiselect: multiselectType,
  url: urlType,
  email: emailType,
  computed: computedType,
  relation: relationType,
  ai: aiType,
  phone: phoneType,
  json: jsonType,
  image: imageType,
  images: imagesType,
  markdown: markdownType,
} satisfies Record<DataType, DataTypeDefinition>;
