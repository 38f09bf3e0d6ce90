import { and, eq } from 'drizzle-orm';
import { aiRuns } from '../../db/schema.ts';
import { isUuid } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { ENRICH_ORIGIN } from './enrich-runs.ts';
import type { StoredPlan } from './plan-prompts.ts';
import { targetColumn } from './target.ts';

/** An enrichment run of the table to run again (a trigger names it by its workflow id). */
export interface SavedEnrichment {
  name: string;
  target: ColumnMeta;
  plan: StoredPlan;
  batchSize: number;
}

/**
 * The enrichment with this workflow id on this table, its target still enrichable; a readable reason
 * otherwise (unknown, another table's, or its column gone or retyped).
 */
export async function savedEnrichment(
  store: Store,
  table: TableMeta,
  workflowId: string,
): Promise<SavedEnrichment | { error: string }> {
  const [record] = isUuid(workflowId)
    ? await store.db
        .select()
        .from(aiRuns)
        .where(and(eq(aiRuns.id, workflowId), eq(aiRuns.tableId, table.id), eq(aiRuns.origin, ENRICH_ORIGIN)))
    : [];
  if (!record?.plan) return { error: `No enrichment "${workflowId}" on this table` };
  const [targetId] = record.columnIds as string[];
  const column = table.columns.find((candidate) => candidate.id === targetId);
  if (!column) return { error: 'The column this enrichment filled was deleted' };
  try {
    return {
      name: record.name ?? `Enrich ${column.displayName}`,
      target: targetColumn(table, column.name),
      plan: record.plan as StoredPlan,
      batchSize: record.batchSize ?? 1,
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
