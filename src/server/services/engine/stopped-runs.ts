import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { aiRuns } from '../../db/schema.ts';

/**
 * Which of these runs stopped (cancelled, rolled back or finished), perhaps on another server sharing
 * the store. A paused run has not: its calls under way finish, they were within its budget when they
 * started.
 */
export async function stoppedRuns(executor: Executor, runIds: string[]): Promise<Set<string>> {
  if (runIds.length === 0) return new Set();
  const runs = await executor
    .select({ id: aiRuns.id, status: aiRuns.status })
    .from(aiRuns)
    .where(inArray(aiRuns.id, runIds));
  return new Set(
    runs.filter((run) => run.status !== 'running' && run.status !== 'paused').map((run) => run.id),
  );
}
