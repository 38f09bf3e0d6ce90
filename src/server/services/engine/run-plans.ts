import { inArray } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Executor } from '../../db/database.ts';
import { aiRuns } from '../../db/schema.ts';

/**
 * Enrichment plans by run: a run's plan never changes, so each is read once per process. The engine
 * does not read them: the capability that made the run prepares its cells (see PlanCellPreparer).
 */
const plans = new LRUCache<string, { plan: unknown }>({ max: 500 });

/** The plans of these runs (runs without one, AI column runs, are left out). */
export async function runPlans(executor: Executor, runIds: string[]): Promise<Map<string, unknown>> {
  const missing = [...new Set(runIds)].filter((id) => !plans.has(id));
  if (missing.length > 0) {
    const records = await executor
      .select({ id: aiRuns.id, plan: aiRuns.plan })
      .from(aiRuns)
      .where(inArray(aiRuns.id, missing));
    for (const id of missing) {
      const record = records.find((candidate) => candidate.id === id);
      plans.set(id, { plan: record?.plan ?? null });
    }
  }
  const found = new Map<string, unknown>();
  for (const id of runIds) {
    const plan = plans.get(id)?.plan;
    if (plan) found.set(id, plan);
  }
  return found;
}
