import type { AnyColumnConfig, DataType } from '../../contract/data-types/index.ts';
import { aiColumn } from './ai.ts';
import { booleanColumn } from './boolean.ts';
import type { ServerColumnType } from './column-type.ts';
import { computedColumn, relationColumn } from './computed.ts';
import { dateColumn } from './date.ts';
import { imageColumn, imagesColumn } from './image.ts';
import { jsonColumn } from './json.ts';
import { numberColumn } from './number.ts';
import { phoneColumn } from './phone.ts';
import { multiselectColumn, selectColumn } from './select.ts';
import type { StorageType } from './storage-types.ts';
import { markdownColumn, textColumn } from './text.ts';
import { emailColumn, urlColumn } from './url.ts';

export type { EnrichAnswer, ServerColumnType, XlsxFormat } from './column-type.ts';

/** The server's registry: one entry per data type (the compiler names a missing one). */
export const serverColumnTypes: { [T in DataType]: ServerColumnType<T> } = {
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

/**
 * A type's entry for code that holds any column's config (AnyColumnConfig). Each entry's methods take its
 * own type's settings, and an index by a `DataType` cannot tie the entry to the config of the same
 * column, so the widening is done here, once: the caller passes the config of a column of `dataType`.
 */
export const serverColumnTypeOf = (dataType: DataType): ServerColumnType =>
  serverColumnTypes[dataType] as ServerColumnType;

/** The storage of a column of this type and config. */
export function storageOf(column: { dataType: DataType; config: AnyColumnConfig }): StorageType {
  return serverColumnTypeOf(column.dataType).storage(column.config);
}

/** The types import inference tries, in the order it tries them. */
export const inferredTypes: Array<[DataType, (value: unknown) => boolean]> = (
  Object.entries(serverColumnTypes) as Array<[DataType, ServerColumnType]>
)
  .flatMap(([type, entry]) => (entry.infer ? [[type, entry.infer] as const] : []))
  .sort(([, a], [, b]) => a.rank - b.rank)
  .map(([type, infer]) => [type, infer.fits]);
