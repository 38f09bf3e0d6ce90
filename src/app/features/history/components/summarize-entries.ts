import type { Column } from '../../../../contract/columns.ts';
import type { HistoryEntry } from '../../../../contract/history.ts';
import { diffData } from '../../../lib/diff-data.ts';

/**
 * For each entry of a newest-first history list, the display names of the columns it changed,
 * found by comparing with the same row's previous entry in the list. Null when that previous
 * entry lies beyond the list (the server sends data after each change, not the change itself).
 */
export function changedColumns(entries: HistoryEntry[], columns: Column[]): Map<string, string[] | null> {
  const names = new Map(columns.map((column) => [column.name, column.displayName]));
  const order = columns.map((column) => column.name);
  const previous = new Map<string, HistoryEntry>();
  const result = new Map<string, string[] | null>();
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index];
    if (!entry) continue;
    const before = previous.get(entry.rowId);
    const known = before !== undefined || entry.action === 'create';
    const changes = known ? diffData(before?.data, entry.data, order) : null;
    result.set(entry.id, changes ? changes.map((change) => names.get(change.column) ?? change.column) : null);
    previous.set(entry.rowId, entry);
  }
  return result;
}
