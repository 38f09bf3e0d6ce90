import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { chartApi } from '../../../contract/routes/charts.ts';
import { chartData } from '../../services/charts/chart-data.ts';
import type { ChartReads } from '../../services/charts/chart-reads.ts';
import { createChart, deleteChart, listCharts, updateChart } from '../../services/charts/charts.ts';
import { getDashboard, saveDashboard } from '../../services/charts/dashboard.ts';
import type { Store } from '../../services/store/store.ts';
import { validationHook } from '../errors.ts';

export function chartRoutes(store: Store, charts: ChartReads) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(createRoute(chartApi.list), async (c) =>
      c.json(await listCharts(store, c.req.valid('param').id), 200),
    )
    .openapi(createRoute(chartApi.create), async (c) =>
      c.json(await createChart(store, c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(createRoute(chartApi.update), async (c) => {
      const { id, chartId } = c.req.valid('param');
      return c.json(await updateChart(store, id, chartId, c.req.valid('json')), 200);
    })
    .openapi(createRoute(chartApi.remove), async (c) => {
      const { id, chartId } = c.req.valid('param');
      await deleteChart(store, id, chartId);
      return c.body(null, 204);
    })
    .openapi(createRoute(chartApi.data), async (c) => {
      const { id, chartId } = c.req.valid('param');
      return c.json(await charts.data(id, chartId, c.req.valid('query').filters), 200);
    })
    .openapi(createRoute(chartApi.preview), async (c) => {
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
    .openapi(createRoute(chartApi.dashboard), async (c) =>
      c.json(await getDashboard(store, c.req.valid('param').id), 200),
    )
    .openapi(createRoute(chartApi.saveLayout), async (c) =>
      c.json(await saveDashboard(store, c.req.valid('param').id, c.req.valid('json').items), 200),
    );
}
