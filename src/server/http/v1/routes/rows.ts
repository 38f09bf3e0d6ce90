import { OpenAPIHono } from '@hono/zod-openapi';
import { extructApi } from '../../../../contract/routes/v1.ts';
import { V1CreateRowsInput, V1DeleteRowsInput, V1UpdateRowsInput } from '../../../../contract/v1/rows.ts';
import type { Providers } from '../../../services/ai/providers.ts';
import type { RowAccess } from '../../../services/rows/row-access.ts';
import { updateRow } from '../../../services/rows/row-writes.ts';
import { getRow } from '../../../services/rows/rows.ts';
import type { Store } from '../../../services/store/store.ts';
import { writeRowMetadata } from '../../../services/v1/row-metadata.ts';
import { mountDeclared } from '../../mount-declared.ts';
import { startV1Run } from '../start-run.ts';
import { asV1Rows } from '../table-rows.ts';
import { bodyOf, withinLimit } from '../v1-request.ts';

/**
 * Rows of a /v1 table: create, update, delete (batches of at most `maxBatchRows`) and get one. A
 * service's error paths (`rows[0].data.x`) are already the request's own.
 */
export function v1RowRoutes(store: Store, rows: RowAccess, providers: Providers, maxBatchRows: number) {
  const batch = (count: number) => withinLimit(count, maxBatchRows, ['body', 'rows'], 'rows per batch');
  const runOn = (tableId: string, ids: string[]) =>
    startV1Run(store, providers, tableId, { mode: 'new', rows: ids });
  const app = new OpenAPIHono();
  mountDeclared(app, extructApi.createRows, async (c) => {
    const tableId = c.req.param('tableId') as string;
    const input = await bodyOf(c, V1CreateRowsInput);
    batch(input.rows.length);
    const created = await rows.insert(tableId, { rows: input.rows.map((row) => ({ data: row.data })) });
    await writeRowMetadata(
      store.db,
      tableId,
      created.map((row, index) => ({ rowId: row.id, metadata: input.rows[index]?.metadata ?? null })),
    );
    if (input.run)
      await runOn(
        tableId,
        created.map((row) => row.id),
      );
    return c.json(await asV1Rows(store, tableId, created), 200);
  });
  mountDeclared(app, extructApi.updateRows, async (c) => {
    const tableId = c.req.param('tableId') as string;
    const input = await bodyOf(c, V1UpdateRowsInput);
    batch(input.rows.length);
    const table = await store.tables.get(tableId);
    const updated = [];
    for (const change of input.rows) {
      // Extruct changes the keys sent; ours replaces a row's typed values, so the rest is sent back as is.
      const current = await getRow(store, table, change.id);
      updated.push(
        await updateRow(
          store,
          tableId,
          change.id,
          { data: { ...current.data, ...change.data } },
          current.version,
        ),
      );
    }
    const withMetadata = input.rows.filter((row) => row.metadata !== undefined);
    await writeRowMetadata(
      store.db,
      tableId,
      withMetadata.map((row) => ({ rowId: row.id, metadata: row.metadata ?? null })),
    );
    if (input.run)
      await runOn(
        tableId,
        updated.map((row) => row.id),
      );
    return c.json(await asV1Rows(store, tableId, updated), 200);
  });
  mountDeclared(app, extructApi.deleteRows, async (c) => {
    const tableId = c.req.param('tableId') as string;
    const { rows: ids } = await bodyOf(c, V1DeleteRowsInput);
    batch(ids.length);
    return c.json({ deleted: await rows.delete(tableId, ids) }, 200);
  });
  mountDeclared(app, extructApi.getRow, async (c) => {
    const tableId = c.req.param('tableId') as string;
    const row = await getRow(store, await store.tables.get(tableId), c.req.param('rowId') as string);
    const [answer] = await asV1Rows(store, tableId, [row]);
    return c.json(answer, 200);
  });
  return app;
}
