import { LRUCache } from 'lru-cache';
import type { ChartData } from '../../../contract/charts.ts';
import type { FilterSpec } from '../../../contract/rows.ts';
import type { TableMaintenance } from '../rows/table-maintenance.ts';
import type { Store } from '../store/store.ts';
import { chartColumns } from './chart-columns.ts';
import { chartData } from './chart-data.ts';
import { getChart } from './charts.ts';

/**
 * A saved chart's points as every caller should read them: from a cache keyed by table version and
 * chart revision (every write advances them, so an entry is never stale), and, after an aggregation of
 * a large table, with an index asked for that serves the next one.
 */
export class ChartReads {
  readonly #store: Store;
  readonly #maintenance: TableMaintenance;
  readonly #cache = new LRUCache<string, ChartData>({ max: 500 });

  constructor(store: Store, maintenance: TableMaintenance) {
    this.#store = store;
    this.#maintenance = maintenance;
  }

  /** The chart's points over the whole table, optionally filtered further. */
  async data(tableId: string, chartId: string, filters: FilterSpec[] = []): Promise<ChartData> {
    const table = await this.#store.tables.get(tableId);
    const chart = await getChart(this.#store.db, tableId, chartId);
    const key = `${chart.id}@${table.version}:${chart.updatedAt}:${JSON.stringify(filters)}`;
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const points = await chartData(this.#store, table, chart, filters);
    this.#cache.set(key, points);
    const { x, y, group } = chartColumns(table, chart.config);
    this.#maintenance.afterAggregate(table, [x, ...(group ? [group] : [])], y ? [y] : []);
    return points;
  }
}
