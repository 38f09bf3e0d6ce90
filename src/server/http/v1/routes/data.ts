import { OpenAPIHono } from '@hono/zod-openapi';
import { extructApi } from '../../../../contract/routes/v1.ts';
import { V1DataQuery } from '../../../../contract/v1/rows.ts';
import type { RowAccess } from '../../../services/rows/row-access.ts';
import type { Store } from '../../../services/store/store.ts';
import { mountDeclared } from '../../mount-declared.ts';
import { jsonStream } from '../json-stream.ts';
import { tableHeader, v1TableStatus } from '../table-output.ts';
import { allV1Rows, asV1Rows, rowPage } from '../table-rows.ts';
import { queryOf, withinLimit } from '../v1-request.ts';

/**
 * GET /v1/tables/{table_id}/data (002_…): the header, its status, and a page of rows; without `limit`
 * every row, streamed page by page ("a streaming response to handle large tables").
 */
export function v1DataRoutes(store: Store, rows: RowAccess, maxPageRows: number) {
  const app = new OpenAPIHono();
  mountDeclared(app, extructApi.data, async (c) => {
    const { offset, limit } = queryOf(c, V1DataQuery);
    withinLimit(limit ?? 0, maxPageRows, ['query', 'limit'], 'rows per page');
    const tableId = c.req.param('tableId') as string;
    const head = { ...(await tableHeader(store, tableId)), status: await v1TableStatus(store, tableId) };
    if (limit !== undefined) {
      const page = await asV1Rows(store, tableId, await rowPage(rows, tableId, offset, limit));
      return c.json({ ...head, rows: page, discovery_tasks: null }, 200);
    }
    const body = jsonStream(head, 'rows', allV1Rows(store, rows, tableId, offset, maxPageRows), {
      discovery_tasks: null,
    });
    return c.body(body, 200, { 'content-type': 'application/json' });
  });
  return app;
}
