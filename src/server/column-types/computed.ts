import { jsonStorage } from '../db/storage-types.ts';
import type { ServerColumnType } from './column-type.ts';

/** Formula results of any type (or a formula error object), in jsonb. */
export const computedColumn: ServerColumnType<'computed'> = { storage: () => jsonStorage };

/** Linked row ids, a JSON array in jsonb. */
export const relationColumn: ServerColumnType<'relation'> = { storage: () => jsonStorage };
