import { z } from 'zod';
import { EnrichInput, EnrichRun, EnrichRunsQuery, EnrichStarted, Plan, PlanInput } from '../enrich.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';
import { TableParams } from './tables.ts';

const tags = ['Enrichment'];

/** The enrichment routes: preview a plan, enrich a column, list the table's enrichments. */
export const enrichApi = {
  plan: declareRoute({
    method: 'post',
    path: '/tables/{id}/enrich/plan',
    tags,
    summary:
      'Preview how a column would be enriched: strategy, agent profile, steps, target contract, eligible rows, sample bindings and an estimate',
    request: { params: TableParams, ...jsonBody(PlanInput) },
    responses: { 200: json(Plan, 'The plan'), ...errors },
  }),
  start: declareRoute({
    method: 'post',
    path: '/tables/{id}/enrich',
    tags,
    summary: 'Enrich a column: fill its empty cells in the background, by a plan given or made now',
    request: { params: TableParams, ...jsonBody(EnrichInput) },
    responses: { 202: json(EnrichStarted, 'Queued; the server fills the rows in the background'), ...errors },
  }),
  runs: declareRoute({
    method: 'get',
    path: '/tables/{id}/enrich/runs',
    tags,
    summary: "The table's latest enrichments, newest first",
    request: { params: TableParams, query: EnrichRunsQuery },
    responses: { 200: json(z.array(EnrichRun), 'Enrichment runs'), ...errors },
  }),
};
