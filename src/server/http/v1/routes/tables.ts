import { OpenAPIHono } from '@hono/zod-openapi';
import { extructApi } from '../../../../contract/routes/v1.ts';
import { V1CreateTableInput } from '../../../../contract/v1/tables.ts';
import type { RowAccess } from '../../../services/rows/row-access.ts';
import type { Store } from '../../../services/store/store.ts';
import { createTable } from '../../../services/tables/tables.ts';
import { setTableTags } from '../../../services/v1/table-tags.ts';
import { mountDeclared } from '../../mount-declared.ts';
import { isInputKind, toColumnDef } from '../kinds/index.ts';
import { inColumnConfigTerms } from '../service-errors.ts';
import { tableHeader, v1TableStatus } from '../table-output.ts';
import { bodyOf } from '../v1-request.ts';

/** POST /v1/tables (000_…) and GET /v1/tables/{table_id} (001_…). */
export function v1TableRoutes(store: Store, rows: RowAccess) {
  const app = new OpenAPIHono();
  mountDeclared(app, extructApi.createTable, async (c) => {
    const input = await bodyOf(c, V1CreateTableInput);
    const configs = input.column_configs ?? [];
    const context = {
      kind: input.kind,
      inputKeys: configs.filter((config) => isInputKind(config.kind)).map((config) => config.key),
    };
    const table = await inColumnConfigTerms(() =>
      createTable(store, {
        name: input.name,
        kind: input.kind,
        ...(input.description != null && { description: input.description }),
        columns: configs.map((config) => toColumnDef(config, context)),
      }),
    );
    if (input.tags != null) await setTableTags(store, table.id, input.tags);
    if (input.num_rows > 0)
      await rows.insert(table.id, { rows: Array.from({ length: input.num_rows }, () => ({ data: {} })) });
    return c.json(await tableHeader(store, table.id), 200);
  });
  mountDeclared(app, extructApi.getTable, async (c) => {
    const tableId = c.req.param('tableId') as string;
    const header = await tableHeader(store, tableId);
    return c.json({ ...header, status: await v1TableStatus(store, tableId) }, 200);
  });
  return app;
}
