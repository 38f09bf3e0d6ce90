import type { Row, RowData } from '../../../../contract/rows.ts';
import { api } from '../../../api/api-client.ts';

const rowPath = (tableId: string, rowId: string) =>
  `/tables/${encodeURIComponent(tableId)}/rows/${encodeURIComponent(rowId)}`;

/**
 * Replaces a row's data, naming the version it was read at: the server answers 409 with the
 * current row when someone else changed it since, and 400 with per-column details for bad values.
 */
export function updateRow(tableId: string, rowId: string, data: RowData, version: number): Promise<Row> {
  return api.patch<Row>(rowPath(tableId, rowId), { data, version });
}

/** Reads one row as it is now (after a conflict). */
export function getRow(tableId: string, rowId: string): Promise<Row> {
  return api.get<Row>(rowPath(tableId, rowId));
}
