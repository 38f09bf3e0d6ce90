import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { PreviewInput, PreviewResult } from '../../../contract/preview.ts';
import {
  CLIENT_HEADER,
  ResumeInput,
  RollbackResult,
  Run,
  RunEstimate,
  RunInput,
  RunStarted,
  RunsQuery,
} from '../../../contract/runs.ts';
import type { Providers } from '../../services/ai/providers.ts';
import { previewColumn } from '../../services/engine/preview.ts';
import { cancelRun, continueRun, rollbackRun } from '../../services/engine/run-control.ts';
import { estimateRunInput } from '../../services/engine/run-estimate.ts';
import { getRun, listRuns, startRun } from '../../services/engine/runs.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const TableParams = z.object({ id: z.string() });
const RunParams = z.object({ id: z.string(), runId: z.string() });
const tags = ['AI runs'];
const conflict = { 409: json(z.object({ error: z.string() }), 'The run was rolled back already') };

const start = createRoute({
  method: 'post',
  path: '/tables/{id}/run',
  tags,
  summary: 'Run AI columns: queue their cells (missing, failed, stale or all) for the rows chosen',
  request: { params: TableParams, ...jsonBody(RunInput) },
  responses: { 202: json(RunStarted, 'Queued; the server fills the cells in the background'), ...errors },
});

const estimate = createRoute({
  method: 'post',
  path: '/tables/{id}/run/estimate',
  tags,
  summary: 'What a run would cost: calls, cells left waiting for input, tokens and cost; nothing is queued',
  request: { params: TableParams, ...jsonBody(RunInput) },
  responses: { 200: json(RunEstimate, 'The estimate'), ...errors },
});

const list = createRoute({
  method: 'get',
  path: '/tables/{id}/runs',
  tags,
  summary: 'Recent runs with their counts, tokens and duration, newest first',
  request: { params: TableParams, query: RunsQuery },
  responses: { 200: json(z.array(Run), 'Runs'), ...errors },
});

const get = createRoute({
  method: 'get',
  path: '/tables/{id}/runs/{runId}',
  tags,
  summary: 'One run',
  request: { params: RunParams },
  responses: { 200: json(Run, 'The run'), 404: errors[404] },
});

const cancel = createRoute({
  method: 'post',
  path: '/tables/{id}/runs/{runId}/cancel',
  tags,
  summary: 'Cancel a run: queued cells go back as they were, running calls are abandoned',
  request: { params: RunParams },
  responses: { 200: json(Run, 'The run, cancelled'), 404: errors[404] },
});

const resume = createRoute({
  method: 'post',
  path: '/tables/{id}/runs/{runId}/resume',
  tags,
  summary: 'Continue a run paused at its budget, with a new ceiling (null for none) or the one it has',
  request: { params: RunParams, ...jsonBody(ResumeInput) },
  responses: {
    200: json(Run, 'The run, going again'),
    ...errors,
    409: json(z.object({ error: z.string() }), 'The run is not paused'),
  },
});

const rollback = createRoute({
  method: 'post',
  path: '/tables/{id}/runs/{runId}/rollback',
  tags,
  summary: 'Put back every cell the run changed to its value before the run',
  request: { params: RunParams },
  responses: { 200: json(RollbackResult, 'What was restored'), 404: errors[404], ...conflict },
});

const preview = createRoute({
  method: 'post',
  path: '/tables/{id}/columns/preview',
  tags,
  summary: "Try an AI column's settings on up to three rows without saving anything",
  request: { params: TableParams, ...jsonBody(PreviewInput) },
  responses: { 200: json(z.array(PreviewResult), 'What each row would get'), ...errors },
});

export function runRoutes(
  store: Store,
  providers: Providers,
  options: { timeoutMs: number; searxngUrl: string | undefined },
) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(preview, async (c) =>
      c.json(
        await previewColumn(store, providers, c.req.valid('param').id, c.req.valid('json'), options),
        200,
      ),
    )
    .openapi(start, async (c) => {
      const origin = c.req.header(CLIENT_HEADER) === 'app' ? 'app' : 'api';
      return c.json(
        await startRun(store, providers, c.req.valid('param').id, c.req.valid('json'), origin),
        202,
      );
    })
    .openapi(estimate, async (c) =>
      c.json(
        await estimateRunInput(store, providers, c.req.valid('param').id, c.req.valid('json'), {
          webSearch: Boolean(options.searxngUrl),
        }),
        200,
      ),
    )
    .openapi(list, async (c) =>
      c.json(await listRuns(store, c.req.valid('param').id, c.req.valid('query').limit), 200),
    )
    .openapi(get, async (c) => {
      const { id, runId } = c.req.valid('param');
      return c.json(await getRun(store, id, runId), 200);
    })
    .openapi(cancel, async (c) => {
      const { id, runId } = c.req.valid('param');
      return c.json(await cancelRun(store, id, runId), 200);
    })
    .openapi(resume, async (c) => {
      const { id, runId } = c.req.valid('param');
      return c.json(await continueRun(store, providers, id, runId, c.req.valid('json')), 200);
    })
    .openapi(rollback, async (c) => {
      const { id, runId } = c.req.valid('param');
      return c.json(await rollbackRun(store, id, runId), 200);
    });
}
