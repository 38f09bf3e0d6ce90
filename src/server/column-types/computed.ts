import type { ServerColumnType } from './column-type.ts';
import { listOfText, schemaRefusal } from './parses.ts';
import { jsonStorage, type StorageType } from './storage-types.ts';

/** Formula results of any type (or a formula error object), in jsonb. */
export const computedColumn: ServerColumnType<'computed'> = { storage: () => jsonStorage };

/** In a file, a list of row ids is "a, b" and one id itself: how relation text is typed and read back. */
const relationStorage: StorageType = {
  ...jsonStorage,
  fileText: (column) =>
    `CASE jsonb_typeof(${column}) WHEN 'array' THEN (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(${column}) x) ELSE ${column} #>> '{}' END`,
};

/** Linked row ids, a JSON array in jsonb. */
export const relationColumn: ServerColumnType<'relation'> = {
  storage: () => relationStorage,
  file: { fromValue: listOfText, refuse: schemaRefusal('relation') },
};
