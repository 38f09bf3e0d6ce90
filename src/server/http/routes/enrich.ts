import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { enrichApi } from '../../../contract/routes/enrich.ts';
import type { Providers } from '../../services/ai/providers.ts';
import { listEnrichRuns } from '../../services/enrich/enrich-runs.ts';
import { startEnrichment } from '../../services/enrich/execute.ts';
import { buildPlan, type PlanOptions } from '../../services/enrich/plan.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

export function enrichRoutes(store: Store, providers: Providers, options: PlanOptions) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(enrichApi.plan), async (c) =>
      c.json(await buildPlan(store, providers, c.req.valid('param').id, c.req.valid('json'), options), 200),
    )
    .openapi(createRoute(enrichApi.start), async (c) =>
      c.json(
        await startEnrichment(store, providers, c.req.valid('param').id, c.req.valid('json'), options),
        202,
      ),
    )
    .openapi(createRoute(enrichApi.runs), async (c) =>
      c.json(await listEnrichRuns(store, c.req.valid('param').id, c.req.valid('query').limit), 200),
    );
}
