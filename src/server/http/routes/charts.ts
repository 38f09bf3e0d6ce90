import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
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
} from '../../../contract/charts.ts';
import { chartData } from '../../services/charts/chart-data.ts';
import type { ChartReads } from '../../services/charts/chart-reads.ts';
import { createChart, deleteChart, listCharts, updateChart } from '../../services/charts/charts.ts';
import { getDashboard, saveDashboard } from '../../services/charts/dashboard.ts';
import type { Store } from '../../services/store.ts';
import { validationHook } from '../errors.ts';
import { errors, json, jsonBody } from '../openapi.ts';

const TableParams = z.object({ id: z.string() });
const ChartParams = z.object({ id: z.string(), chartId: z.string() });
const tags = ['Charts'];

const list = createRoute({
  method: 'get',
  path: '/tables/{id}/charts',
  tags,
  summary: 'List the charts saved for a table',
  request: { params: TableParams },
  responses: { 200: json(z.array(Chart), 'The charts, oldest first'), 404: errors[404] },
});

const create = createRoute({
  method: 'post',
  path: '/tables/{id}/charts',
  tags,
  summary: 'Save a chart (bar, line, area, pie, scatter)',
  request: { params: TableParams, ...jsonBody(CreateChartInput) },
  responses: { 201: json(Chart, 'The new chart'), ...errors },
});

const update = createRoute({
  method: 'patch',
  path: '/tables/{id}/charts/{chartId}',
  tags,
  summary: "Update a chart's title and merge settings into its config",
  request: { params: ChartParams, ...jsonBody(UpdateChartInput) },
  responses: { 200: json(Chart, 'The updated chart'), ...errors },
});

const remove = createRoute({
  method: 'delete',
  path: '/tables/{id}/charts/{chartId}',
  tags,
  summary: 'Delete a chart',
  request: { params: ChartParams },
  responses: { 204: { description: 'Deleted' }, 404: errors[404] },
});

const data = createRoute({
  method: 'get',
  path: '/tables/{id}/charts/{chartId}/data',
  tags,
  summary: "A chart's points, aggregated in SQL over the whole table (optionally filtered further)",
  request: { params: ChartParams, query: ChartDataQuery },
  responses: { 200: json(ChartData, 'The points'), ...errors },
});

const preview = createRoute({
  method: 'post',
  path: '/tables/{id}/charts/preview',
  tags,
  summary: 'The points a chart with these settings would show, without saving it (for a live preview)',
  request: { params: TableParams, ...jsonBody(ChartConfig) },
  responses: { 200: json(ChartData, 'The points'), ...errors },
});

const dashboard = createRoute({
  method: 'get',
  path: '/tables/{id}/dashboard',
  tags,
  summary: "The table's dashboard: its charts in the saved order and sizes",
  request: { params: TableParams },
  responses: { 200: json(Dashboard, 'The dashboard'), 404: errors[404] },
});

const saveLayout = createRoute({
  method: 'put',
  path: '/tables/{id}/dashboard',
  tags,
  summary: 'Save the arrangement of the dashboard',
  request: { params: TableParams, ...jsonBody(SaveDashboardInput) },
  responses: { 200: json(Dashboard, 'The saved dashboard'), ...errors },
});

export function chartRoutes(store: Store, charts: ChartReads) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(list, async (c) => c.json(await listCharts(store, c.req.valid('param').id), 200))
    .openapi(create, async (c) =>
      c.json(await createChart(store, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(update, async (c) => {
      const { id, chartId } = c.req.valid('param');
      return c.json(await updateChart(store, id, chartId, c.req.valid('json')), 200);
    })
    .openapi(remove, async (c) => {
      const { id, chartId } = c.req.valid('param');
      await deleteChart(store, id, chartId);
      return c.body(null, 204);
    })
    .openapi(data, async (c) => {
      const { id, chartId } = c.req.valid('param');
      return c.json(await charts.data(id, chartId, c.req.valid('query').filters), 200);
    })
    .openapi(preview, async (c) => {
      const { id } = c.req.valid('param');
      const table = await store.tables.get(id);
      const draft = {
        id: 'preview',
        tableId: id,
        name: '',
        config: c.req.valid('json'),
        createdAt: '',
        updatedAt: '',
      };
      return c.json(await chartData(store, table, draft), 200);
    })
    .openapi(dashboard, async (c) => c.json(await getDashboard(store, c.req.valid('param').id), 200))
    .openapi(saveLayout, async (c) =>
      c.json(await saveDashboard(store, c.req.valid('param').id, c.req.valid('json').items), 200),
    );
}
