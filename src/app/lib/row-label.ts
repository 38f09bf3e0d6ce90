import type { Column } from '../../contract/columns.ts';
import type { RowData } from '../../contract/rows.ts';
import { formatValue } from './format-value.ts';

/** A short stand-in for a row id, for rows whose first column is empty. */
function shortId(rowId: string): string {
  // UUIDv7 ids begin with a timestamp, so rows made together share a prefix; the tail tells them apart.
  return rowId.replaceAll('-', '').slice(-6);
}

/**
 * How a row is named to people: the value of its first column (the primary field, as in Airtable),
 * cut to one short line, or "Row" and a short id when that is empty.
 */
export function rowLabel(rowId: string, data: RowData, columns: readonly Column[]): string {
  const primary = [...columns].sort((a, b) => a.position - b.position)[0];
  const text = primary ? formatValue(data[primary.name], primary.dataType, primary.config).trim() : '';
  if (!text) return `Row ${shortId(rowId)}`;
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}
