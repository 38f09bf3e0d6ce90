import type { RowData } from '../../contract/rows.ts';

/** One column whose value differs between two versions of a row. */
export interface ValueChange {
  column: string;
  before: unknown;
  after: unknown;
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

// JSON text compares arrays and objects by content; key order in stored rows is stable per column.
const same = (a: unknown, b: unknown) =>
  (isEmpty(a) && isEmpty(b)) || JSON.stringify(a) === JSON.stringify(b);

/**
 * The columns that differ between two versions of a row, in the order of `columnOrder` (then any
 * others). Without a previous version every non-empty value counts as a change: the row was created.
 */
export function diffData(
  before: RowData | undefined,
  after: RowData,
  columnOrder: readonly string[] = [],
): ValueChange[] {
  const keys = new Set([...columnOrder, ...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: ValueChange[] = [];
  for (const column of keys) {
    const old = before?.[column];
    const now = after[column];
    if (!same(old, now)) changes.push({ column, before: old ?? null, after: now ?? null });
  }
  return changes;
}
