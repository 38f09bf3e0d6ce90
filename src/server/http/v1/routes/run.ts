import { OpenAPIHono } from '@hono/zod-openapi';
import { extructApi } from '../../../../contract/routes/v1.ts';
import { V1RunInput } from '../../../../contract/v1/runs.ts';
import type { Providers } from '../../../services/ai/providers.ts';
import type { Store } from '../../../services/store/store.ts';
import { mountDeclared } from '../../mount-declared.ts';
import { startV1Run } from '../start-run.ts';
import { bodyOf } from '../v1-request.ts';

/** POST /v1/tables/{table_id}/run: progress is read from GET /v1/tables/{table_id}. */
export function v1RunRoutes(store: Store, providers: Providers) {
  const app = new OpenAPIHono();
  mountDeclared(app, extructApi.run, async (c) => {
    // No body is a run with every default: Extruct's body is optional.
    const input = await bodyOf(c, V1RunInput, { optional: true });
    return c.json(await startV1Run(store, providers, c.req.param('tableId') as string, input), 200);
  });
  return app;
}
