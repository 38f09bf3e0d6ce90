import type { Run } from '../../../contract/runs.ts';
import type { aiRuns } from '../../db/schema.ts';
import { roundUsd } from '../ai/price-book.ts';
import type { TableMeta } from '../store/table-meta.ts';

export type RunRecord = typeof aiRuns.$inferSelect;

/** A stored run as the API shows it: column ids become names (a deleted column keeps its id). */
export function toRun(record: RunRecord, table: TableMeta, left: Run['left'] = null): Run {
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
    spentUsd: roundUsd(record.spentUsd),
    cellsReused: record.cellsReused,
    savedTokens: Number(record.savedTokensIn) + Number(record.savedTokensOut),
    savedUsd: roundUsd(record.savedUsd),
    budget:
      record.budgetTokens === null && record.budgetUsd === null
        ? null
        : {
            maxTokens: record.budgetTokens === null ? null : Number(record.budgetTokens),
            maxUsd: record.budgetUsd,
          },
    left,
    pausedAt: record.pausedAt?.toISOString() ?? null,
    createdBy: record.createdBy,
    createdAt: record.createdAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
    durationMs: end === null ? null : Math.max(0, end - created),
    rolledBackAt: record.rolledBackAt?.toISOString() ?? null,
  };
}
