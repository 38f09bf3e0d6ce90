import { z } from 'zod';
import { ErrorBody } from '../errors.ts';
import { PreviewInput, PreviewResult } from '../preview.ts';
import { ResumeInput, RollbackResult, Run, RunEstimate, RunInput, RunStarted, RunsQuery } from '../runs.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';
import { TableParams } from './tables.ts';

const RunParams = z.object({ id: z.string(), runId: z.string() });
const tags = ['AI runs'];

/** The AI run routes: start or estimate a run, list and control runs, preview a column's settings. */
export const runApi = {
  start: declareRoute({
    method: 'post',
    path: '/tables/{id}/run',
    tags,
    summary: 'Run AI columns: queue their cells (missing, failed, stale or all) for the rows chosen',
    request: { params: TableParams, ...jsonBody(RunInput) },
    responses: { 202: json(RunStarted, 'Queued; the server fills the cells in the background'), ...errors },
  }),
  estimate: declareRoute({
    method: 'post',
    path: '/tables/{id}/run/estimate',
    tags,
    summary: 'What a run would cost: calls, cells left waiting for input, tokens and cost; nothing is queued',
    request: { params: TableParams, ...jsonBody(RunInput) },
    responses: { 200: json(RunEstimate, 'The estimate'), ...errors },
  }),
  list: declareRoute({
    method: 'get',
    path: '/tables/{id}/runs',
    tags,
    summary: 'Recent runs with their counts, tokens and duration, newest first',
    request: { params: TableParams, query: RunsQuery },
    responses: { 200: json(z.array(Run), 'Runs'), ...errors },
  }),
  get: declareRoute({
    method: 'get',
    path: '/tables/{id}/runs/{runId}',
    tags,
    summary: 'One run',
    request: { params: RunParams },
    responses: { 200: json(Run, 'The run'), 404: errors[404] },
  }),
  cancel: declareRoute({
    method: 'post',
    path: '/tables/{id}/runs/{runId}/cancel',
    tags,
    summary: 'Cancel a run: queued cells go back as they were, running calls are abandoned',
    request: { params: RunParams },
    responses: { 200: json(Run, 'The run, cancelled'), 404: errors[404] },
  }),
  resume: declareRoute({
    method: 'post',
    path: '/tables/{id}/runs/{runId}/resume',
    tags,
    summary: 'Continue a run paused at its budget, with a new ceiling (null for none) or the one it has',
    request: { params: RunParams, ...jsonBody(ResumeInput) },
    responses: {
      200: json(Run, 'The run, going again'),
      ...errors,
      409: json(ErrorBody, 'The run is not paused'),
    },
  }),
  rollback: declareRoute({
    method: 'post',
    path: '/tables/{id}/runs/{runId}/rollback',
    tags,
    summary: 'Put back every cell the run changed to its value before the run',
    request: { params: RunParams },
    responses: {
      200: json(RollbackResult, 'What was restored'),
      404: errors[404],
      409: json(ErrorBody, 'The run was rolled back already'),
    },
  }),
  preview: declareRoute({
    method: 'post',
    path: '/tables/{id}/columns/preview',
    tags,
    summary: "Try an AI column's settings on up to three rows without saving anything",
    request: { params: TableParams, ...jsonBody(PreviewInput) },
    responses: { 200: json(z.array(PreviewResult), 'What each row would get'), ...errors },
  }),
};
