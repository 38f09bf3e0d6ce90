import { type FormatStorage, formatOf, outputFormats } from '../../contract/ai/formats.ts';
import type { ServerColumnType } from './column-type.ts';
import { dateStorage } from './date.ts';
import { numberStorage } from './number.ts';
import { multiselectStorage } from './select.ts';
import { jsonStorage, type StorageType } from './storage-types.ts';
import { textColumn } from './text.ts';

/** How an AI column's values are stored, by its output format's storage. */
const byFormat: Record<FormatStorage, StorageType> = {
  text: textColumn.storage({}),
  number: numberStorage,
  timestamp: dateStorage,
  array: multiselectStorage(undefined),
  json: jsonStorage,
};

export const aiColumn: ServerColumnType<'ai'> = {
  storage: (config) => byFormat[outputFormats[formatOf(config)].storage],
};
