import type { ExtractColumn } from '../../../contract/extract.ts';
import { isMissing } from './columns.ts';

const normalize = (value: unknown): string =>
  (typeof value === 'string' ? value : JSON.stringify(value))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * An item's identity: the same item read in two chunks (the overlap, or an item cut at a boundary)
 * has the same one. It is its required columns' values when the schema has some and the item gives
 * them, else its first column's value (a catalogue's name or SKU), else all its values, normalised
 * (case, spacing and punctuation do not count). Null for an item with no values at all: dropped.
 */
export function identityOf(columns: ExtractColumn[], values: Record<string, unknown>): string | null {
  const required = columns.filter((column) => column.required);
  const keyed = required.length > 0 && required.every((column) => !isMissing(values[column.key]));
  const first = columns[0];
  const used = keyed
    ? required
    : first && !isMissing(values[first.key])
      ? [first]
      : columns.filter((column) => !isMissing(values[column.key]));
  if (used.length === 0) return null;
  return used.map((column) => `${column.key}=${normalize(values[column.key])}`).join('|');
}

/** The values missing from `current` that `incoming` has: what a second sighting of an item adds. */
export function fillMissing(
  current: Record<string, unknown>,
  incoming: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(incoming).filter(([key, value]) => !isMissing(value) && isMissing(current[key])),
  );
}
