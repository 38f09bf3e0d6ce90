import type { Run } from '../../../contract/runs.ts';
import type { aiRuns } from '../../db/schema.ts';
import type { TableMeta } from '../table-meta.ts';

type RunRecord = typeof aiRuns.$inferSelect;

/** A stored run as the API shows it: column ids become names (a deleted column keeps its id). */
export function toRun(record: RunRecord, table: TableMeta): Run {
  const names = new Map(table.columns.map((column) => [column.id, column.name]));
  const created = record.createdAt.getTime();
  const end = record.finishedAt?.getTime() ?? (record.status === 'running' ? Date.now() : null);
  return {
    id: record.id,
    tableId: record.tableId,
    columns: (record.columnIds as string[]).map((id) => names.get(id) ?? id),
    mode: record.mode as Run['mode'],
    origin: record.origin,
    status: record.status as Run['status'],
    cellsQueued: record.cellsQueued,
    cellsDone: record.cellsDone,
    cellsFailed: record.cellsFailed,
    cellsCancelled: record.cellsCancelled,
    tokensIn: Number(record.tokensIn),
    tokensOut: Number(record.tokensOut),
    createdBy: record.createdBy,
    createdAt: record.createdAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
    durationMs: end === null ? null : Math.max(0, end - created),
    rolledBackAt: record.rolledBackAt?.toISOString() ?? null,
  };
}
