import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { serviceApi } from '../../../contract/routes/service.ts';
import { queryRows } from '../../db/database.ts';
import { metrics } from '../../metrics/metrics.ts';
import { renderMetrics } from '../../metrics/registry.ts';
import type { Store } from '../../services/store/store.ts';

/** Cells by status come from the per-table counts the engine keeps, read when scraped (one small query). */
async function readCellGauges(store: Store): Promise<void> {
  const rows = await queryRows<{ status: string; n: string | number }>(
    store.db,
    sql`select status, sum(n)::bigint as n from ai_cell_counts group by status`,
  );
  for (const row of rows) metrics.aiCells.set({ status: row.status }, Number(row.n));
  metrics.aiQueueDepth.set({}, Number(rows.find((row) => row.status === 'requested')?.n ?? 0));
}

/** GET /metrics in the Prometheus text format; behind the access token like the rest of /api. */
export function metricsRoutes(store: Store) {
  return new OpenAPIHono().openapi(createRoute(serviceApi.metrics), async (c) => {
    await readCellGauges(store);
    c.header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
    return c.body(renderMetrics(Object.values(metrics)), 200) as never;
  });
}
