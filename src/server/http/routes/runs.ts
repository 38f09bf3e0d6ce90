import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { runApi } from '../../../contract/routes/runs.ts';
import { CLIENT_HEADER } from '../../../contract/runs.ts';
import type { Providers } from '../../services/ai/providers.ts';
import type { CellAnswerer } from '../../services/engine/cell-answerers.ts';
import { previewColumn } from '../../services/engine/preview.ts';
import { cancelRun, continueRun, rollbackRun } from '../../services/engine/run-control.ts';
import { estimateRunInput } from '../../services/engine/run-estimate.ts';
import { getRun, listRuns, startRun } from '../../services/engine/runs.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

export function runRoutes(
  store: Store,
  providers: Providers,
  options: { timeoutMs: number; searxngUrl: string | undefined; answerers: CellAnswerer[] },
) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(runApi.preview), async (c) =>
      c.json(
        await previewColumn(store, providers, c.req.valid('param').id, c.req.valid('json'), options),
        200,
      ),
    )
    .openapi(createRoute(runApi.start), async (c) => {
      const origin = c.req.header(CLIENT_HEADER) === 'app' ? 'app' : 'api';
      return c.json(
        await startRun(store, providers, c.req.valid('param').id, c.req.valid('json'), origin),
        202,
      );
    })
    .openapi(createRoute(runApi.estimate), async (c) =>
      c.json(
        await estimateRunInput(store, providers, c.req.valid('param').id, c.req.valid('json'), {
          webSearch: Boolean(options.searxngUrl),
          answerers: options.answerers,
        }),
        200,
      ),
    )
    .openapi(createRoute(runApi.list), async (c) =>
      c.json(await listRuns(store, c.req.valid('param').id, c.req.valid('query').limit), 200),
    )
    .openapi(createRoute(runApi.get), async (c) => {
      const { id, runId } = c.req.valid('param');
      return c.json(await getRun(store, id, runId), 200);
    })
    .openapi(createRoute(runApi.cancel), async (c) => {
      const { id, runId } = c.req.valid('param');
      return c.json(await cancelRun(store, id, runId), 200);
    })
    .openapi(createRoute(runApi.resume), async (c) => {
      const { id, runId } = c.req.valid('param');
      return c.json(await continueRun(store, providers, id, runId, c.req.valid('json')), 200);
    })
    .openapi(createRoute(runApi.rollback), async (c) => {
      const { id, runId } = c.req.valid('param');
      return c.json(await rollbackRun(store, id, runId), 200);
    });
}
