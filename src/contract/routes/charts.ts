import { z } from 'zod';
import {
  Chart,
  ChartConfig,
  ChartData,
  ChartDataQuery,
  CreateChartInput,
  Dashboard,
  SaveDashboardInput,
  UpdateChartInput,
} from '../charts.ts';
import { declareRoute, errors, json, jsonBody } from './route.ts';
import { TableParams } from './tables.ts';

const ChartParams = z.object({ id: z.string(), chartId: z.string() });
const tags = ['Charts'];

/** The chart routes: a table's charts, their data and previews, its dashboard layout. */
export const chartApi = {
  list: declareRoute({
    method: 'get',
    path: '/tables/{id}/charts',
    tags,
    summary: 'List the charts saved for a table',
    request: { params: TableParams },
    responses: { 200: json(z.array(Chart), 'The charts, oldest first'), 404: errors[404] },
  }),
  create: declareRoute({
    method: 'post',
    path: '/tables/{id}/charts',
    tags,
    summary: 'Save a chart (bar, line, area, pie, scatter)',
    request: { params: TableParams, ...jsonBody(CreateChartInput) },
    responses: { 201: json(Chart, 'The new chart'), ...errors },
  }),
  update: declareRoute({
    method: 'patch',
    path: '/tables/{id}/charts/{chartId}',
    tags,
    summary: "Update a chart's title and merge settings into its config",
    request: { params: ChartParams, ...jsonBody(UpdateChartInput) },
    responses: { 200: json(Chart, 'The updated chart'), ...errors },
  }),
  remove: declareRoute({
    method: 'delete',
    path: '/tables/{id}/charts/{chartId}',
    tags,
    summary: 'Delete a chart',
    request: { params: ChartParams },
    responses: { 204: { description: 'Deleted' }, 404: errors[404] },
  }),
  data: declareRoute({
    method: 'get',
    path: '/tables/{id}/charts/{chartId}/data',
    tags,
    summary: "A chart's points, aggregated in SQL over the whole table (optionally filtered further)",
    request: { params: ChartParams, query: ChartDataQuery },
    responses: { 200: json(ChartData, 'The points'), ...errors },
  }),
  preview: declareRoute({
    method: 'post',
    path: '/tables/{id}/charts/preview',
    tags,
    summary: 'The points a chart with these settings would show, without saving it (for a live preview)',
    request: { params: TableParams, ...jsonBody(ChartConfig) },
    responses: { 200: json(ChartData, 'The points'), ...errors },
  }),
  dashboard: declareRoute({
    method: 'get',
    path: '/tables/{id}/dashboard',
    tags,
    summary: "The table's dashboard: its charts in the saved order and sizes",
    request: { params: TableParams },
    responses: { 200: json(Dashboard, 'The dashboard'), 404: errors[404] },
  }),
  saveLayout: declareRoute({
    method: 'put',
    path: '/tables/{id}/dashboard',
    tags,
    summary: 'Save the arrangement of the dashboard',
    request: { params: TableParams, ...jsonBody(SaveDashboardInput) },
    responses: { 200: json(Dashboard, 'The saved dashboard'), ...errors },
  }),
};
