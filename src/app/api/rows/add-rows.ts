import { rowApi } from '../../../contract/routes/rows.ts';
import type { Row, RowData } from '../../../contract/rows.ts';
import { callRoute } from '../typed-client.ts';

/** `POST /tables/:id/rows`: adds rows after the last (1-1000, all or nothing) and returns them. */
export function addRows(tableId: string, rows: RowData[]): Promise<Row[]> {
  return callRoute(rowApi.insert, {
    params: { id: tableId },
    body: { rows: rows.map((data) => ({ data })) },
  });
}
