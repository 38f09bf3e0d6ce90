import { and, desc, eq } from 'drizzle-orm';
import type { EnrichRun } from '../../../contract/enrich.ts';
import { aiRuns } from '../../db/schema.ts';
import type { Store } from '../store/store.ts';
import type { StoredPlan } from './plan-prompts.ts';

/** Enrichments are AI runs of this origin, with a plan. */
export const ENRICH_ORIGIN = 'enrich';

/** The table's latest enrichments, newest first: status, rows filled and failed, tokens. */
export async function listEnrichRuns(store: Store, tableId: string, limit: number): Promise<EnrichRun[]> {
  const table = await store.tables.get(tableId);
  const names = new Map(table.columns.map((column) => [column.id, column.name]));
  const records = await store.db
    .select()
    .from(aiRuns)
    .where(and(eq(aiRuns.tableId, tableId), eq(aiRuns.origin, ENRICH_ORIGIN)))
    .orderBy(desc(aiRuns.createdAt), desc(aiRuns.id))
    .limit(limit);
  return records.map((record) => {
    const [targetId = ''] = record.columnIds as string[];
    return {
      workflowId: record.id,
      name: record.name,
      status: record.status as EnrichRun['status'],
      targetColumn: names.get(targetId) ?? targetId,
      rowsQueued: record.cellsQueued,
      rowsCompleted: record.cellsDone,
      rowsFailed: record.cellsFailed,
      rowsCancelled: record.cellsCancelled,
      strategy: (record.plan as StoredPlan | null)?.strategy ?? null,
      batchSize: record.batchSize ?? 0,
      projectId: record.projectId,
      tokensIn: Number(record.tokensIn),
      tokensOut: Number(record.tokensOut),
      createdAt: record.createdAt.toISOString(),
      finishedAt: record.finishedAt?.toISOString() ?? null,
    };
  });
}
