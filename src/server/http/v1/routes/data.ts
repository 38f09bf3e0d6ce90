import { Hono } from 'hono';
import { V1DataQuery } from '../../../../contract/v1/rows.ts';
import type { RowAccess } from '../../../services/row-access.ts';
import type { Store } from '../../../services/store.ts';
import { tableHeader, v1TableStatus } from '../table-output.ts';
import { asV1Rows, readRows } from '../table-rows.ts';
import { queryOf, V1RequestError } from '../v1-request.ts';

/** GET /v1/tables/{table_id}/data (002_…): the header, its status, and a page of rows. */
export function v1DataRoutes(store: Store, rows: RowAccess, maxPageRows: number) {
  return new Hono().get('/tables/:tableId/data', async (c) => {
    const { offset, limit } = queryOf(c, V1DataQuery);
    if (limit !== undefined && limit > maxPageRows) {
      const msg = `Input should be less than or equal to ${maxPageRows}`;
      throw new V1RequestError([{ loc: ['query', 'limit'], msg, type: 'less_than_equal' }]);
    }
    const tableId = c.req.param('tableId');
    const header = await tableHeader(store, tableId);
    const status = await v1TableStatus(store, tableId);
    const found = await readRows(rows, tableId, offset, limit, maxPageRows);
    return c.json(
      { ...header, status, rows: await asV1Rows(store, tableId, found), discovery_tasks: null },
      200,
    );
  });
}
