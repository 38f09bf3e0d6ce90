import type { Row, RowData } from '../../../../contract/rows.ts';
import { api } from '../../../api/api-client.ts';

/** `POST /tables/:id/rows`: adds rows after the last (1-1000, all or nothing) and returns them. */
export function addRows(tableId: string, rows: RowData[]): Promise<Row[]> {
  return api.post<Row[]>(`/tables/${encodeURIComponent(tableId)}/rows`, {
    rows: rows.map((data) => ({ data })),
  });
}
