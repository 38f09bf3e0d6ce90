import { createHash } from 'node:crypto';
import type { LanguageModel } from 'ai';
import { languageModel } from '../ai/language-model.ts';
import type { Providers } from '../ai/providers.ts';
import type { PlanPrompt } from '../enrich/plan-prompts.ts';
import type { ColumnMeta } from '../table-meta.ts';
import type { CellPrompt } from './cell-prompt.ts';
import type { CellTask } from './cell-task.ts';
import type { ClaimedCell } from './claim.ts';

/**
 * What a cell asks: one prompt (an AI column's cell), a plan's steps (an enrichment's cell), or a task
 * that is no model call (a value read from another cell, a contact provider's lookup; see kinds/).
 */
export type CellJob =
  | { kind: 'prompt'; prompt: CellPrompt }
  | { kind: 'plan'; plan: PlanPrompt }
  | { kind: 'task'; task: CellTask };

/** A claimed cell ready to call: what it asks, the model, and where the answer goes. */
export interface PreparedCell {
  cell: ClaimedCell;
  job: CellJob;
  model: LanguageModel;
  providerId: string;
  modelName: string;
  inputHash: string;
  /** A research column: the model may search the web and read pages before it answers. */
  research: boolean;
}

/**
 * A claimed cell that cannot be called, with why (readable; it becomes the cell's error), or that has
 * nothing to read yet (it waits for an input instead of paying for an answer to nothing).
 */
export type UnpreparedCell = { cell: ClaimedCell; error: string } | { cell: ClaimedCell; waiting: true };

/** A cell that asks the column's model one prompt (with research tools when `research`). */
export async function promptCell(
  providers: Providers,
  column: ColumnMeta,
  cell: ClaimedCell,
  prompt: CellPrompt,
  research: boolean,
): Promise<PreparedCell | UnpreparedCell> {
  const resolved = await providers.resolve(column.config);
  if ('error' in resolved) return { cell, error: resolved.error };
  return {
    cell,
    job: { kind: 'prompt', prompt },
    model: languageModel(resolved.provider, resolved.model),
    providerId: resolved.provider.id,
    modelName: resolved.model,
    inputHash: createHash('sha1')
      .update(`${resolved.model}\n${prompt.system}\n${prompt.prompt}`)
      .digest('hex'),
    research,
  };
}
