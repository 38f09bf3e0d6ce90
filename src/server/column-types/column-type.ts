import type { ColumnConfigOf, DataType } from '../../contract/data-types/index.ts';
import type { StorageType } from '../db/storage-types.ts';

/**
 * What the server knows of one column type: how its values are stored, filtered and sorted (the
 * storage's kind and SQL), and whether an imported file's values read as it.
 */
export interface ServerColumnType<T extends DataType = DataType> {
  /** How a column of this type and config stores its values. */
  storage(config: ColumnConfigOf<T>): StorageType;
  /**
   * Import inference: types with one are tried by ascending rank, the first every sampled value fits
   * wins (text when none does). Types without one are never inferred.
   */
  infer?: { rank: number; fits(value: unknown): boolean };
}

/** A sampled file value as trimmed text, or undefined when it is not text. */
export const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() : undefined;
