import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  EnrichInput,
  EnrichRun,
  EnrichRunsQuery,
  EnrichStarted,
  Plan,
  PlanInput,
} from '../../../contract/enrich.ts';
import type { Providers } from '../../services/ai/providers.ts';
import { listEnrichRuns } from '../../services/enrich/enrich-runs.ts';
import { startEnrichment } from '../../services/enrich/execute.ts';
import { buildPlan, type PlanOptions } from '../../services/enrich/plan.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const TableParams = z.object({ id: z.string() });
const tags = ['Enrichment'];

const plan = createRoute({
  method: 'post',
  path: '/tables/{id}/enrich/plan',
  tags,
  summary:
    'Preview how a column would be enriched: strategy, agent profile, steps, target contract, eligible rows, sample bindings and an estimate',
  request: { params: TableParams, ...jsonBody(PlanInput) },
  responses: { 200: json(Plan, 'The plan'), ...errors },
});

const execute = createRoute({
  method: 'post',
  path: '/tables/{id}/enrich',
  tags,
  summary: 'Enrich a column: fill its empty cells in the background, by a plan given or made now',
  request: { params: TableParams, ...jsonBody(EnrichInput) },
  responses: { 202: json(EnrichStarted, 'Queued; the server fills the rows in the background'), ...errors },
});

const runs = createRoute({
  method: 'get',
  path: '/tables/{id}/enrich/runs',
  tags,
  summary: "The table's latest enrichments, newest first",
  request: { params: TableParams, query: EnrichRunsQuery },
  responses: { 200: json(z.array(EnrichRun), 'Enrichment runs'), ...errors },
});

export function enrichRoutes(store: Store, providers: Providers, options: PlanOptions) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(plan, async (c) =>
      c.json(await buildPlan(store, providers, c.req.valid('param').id, c.req.valid('json'), options), 200),
    )
    .openapi(execute, async (c) =>
      c.json(
        await startEnrichment(store, providers, c.req.valid('param').id, c.req.valid('json'), options),
        202,
      ),
    )
    .openapi(runs, async (c) =>
      c.json(await listEnrichRuns(store, c.req.valid('param').id, c.req.valid('query').limit), 200),
    );
}
