import { sql } from 'drizzle-orm';
import type { TableStatus } from '../../../contract/cells.ts';
import { queryRows } from '../../db/database.ts';
import type { Store } from '../store/store.ts';
import type { TableMeta } from '../store/table-meta.ts';

/** The table's AI status as Extruct names it, from the per-status cell counts the triggers keep. */
export async function tableStatus(store: Store, table: TableMeta): Promise<TableStatus> {
  const counts = await queryRows<{ status: string; n: string | number }>(
    store.db,
    sql`SELECT status, n FROM ai_cell_counts WHERE table_id = ${table.id}`,
  );
  const count = (status: string) => Number(counts.find((entry) => entry.status === status)?.n ?? 0);
  const queued = count('requested');
  const running = count('in_progress');
  return {
    run_status: queued + running > 0 ? 'running' : 'idle',
    num_rows: table.rowCount,
    num_cells_queued: queued,
    num_cells_running: running,
    num_cells_in_progress: queued + running,
    num_cells_completed: count('done'),
    num_cells_failed: count('failed'),
    version: table.version,
  };
}
