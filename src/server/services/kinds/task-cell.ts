import { createHash } from 'node:crypto';
import { languageModel } from '../ai/language-model.ts';
import type { Providers } from '../ai/providers.ts';
import type { CellTask } from '../engine/cell-task.ts';
import type { ClaimedCell } from '../engine/claim.ts';
import type { PreparedCell, UnpreparedCell } from '../engine/prepared-cell.ts';
import type { AiColumnMeta } from '../store/table-meta.ts';

/**
 * A cell whose work is a task, not a model call. It still holds one of the column's provider slots
 * while it runs (the engine's queue is per provider), so it resolves that provider like any cell.
 */
export async function taskCell(
  providers: Providers,
  column: AiColumnMeta,
  cell: ClaimedCell,
  task: CellTask,
): Promise<PreparedCell | UnpreparedCell> {
  const resolved = await providers.resolve(column.config);
  if ('error' in resolved) return { cell, error: resolved.error };
  return {
    cell,
    job: { kind: 'task', task },
    model: languageModel(resolved.provider, resolved.model),
    providerId: resolved.provider.id,
    modelName: column.config.kind ?? 'task',
    inputHash: createHash('sha1').update(task.describe).digest('hex'),
    research: false,
    // A task is no model call: the answer cache does not keep it.
    answerKey: null,
  };
}

/** A task that answers at once with a value already known. */
export const knownValue = (describe: string, value: unknown, note: string | null = null): CellTask => ({
  describe,
  run: async () => ({
    ok: true,
    answer: { value, note },
    raw: JSON.stringify(value),
    tokensIn: null,
    tokensOut: null,
    latencyMs: 0,
  }),
});
