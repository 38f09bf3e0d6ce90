import { createHash } from 'node:crypto';
import type { LanguageModel } from 'ai';
import { type AgentType, type AiKind, isResearchAgent } from '../../../contract/ai/config.ts';
import type { RowData } from '../../../contract/rows.ts';
import { languageModel } from '../ai/language-model.ts';
import type { Providers } from '../ai/providers.ts';
import { type ResearchDepth, researchDepth } from '../ai/research-depth.ts';
import type { CellPrompt } from '../prompts/cell-prompt.ts';
import type { AiColumnMeta, ColumnMeta, TableMeta } from '../store/table-meta.ts';
import type { PlanPrompt } from './call-plan.ts';
import type { CellTask } from './cell-task.ts';
import type { ClaimedCell } from './claim.ts';
import { promptKey, type ResearchScope } from './request-key.ts';

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
  /** How far its research may go (its agent type's depth); plain research when absent. */
  depth?: ResearchDepth;
  /** The request's key in the answer cache (request-key.ts); null when it is not asked again for free. */
  answerKey: string | null;
}

/**
 * A claimed cell that cannot be called, with why (readable; it becomes the cell's error), or that has
 * nothing to read yet (it waits for an input instead of paying for an answer to nothing).
 */
export type UnpreparedCell = { cell: ClaimedCell; error: string } | { cell: ClaimedCell; waiting: true };

/**
 * Prepares a cell of a run that carries a plan (an enrichment; see enrich/plan-cell.ts). The engine
 * keeps the plan as stored without reading it: the capability that writes plans renders them.
 */
export type PlanCellPreparer = (
  providers: Providers,
  table: TableMeta,
  column: ColumnMeta,
  cell: ClaimedCell,
  plan: unknown,
  data: RowData,
) => Promise<PreparedCell | UnpreparedCell>;

/**
 * How a column's cells research before they answer, null when they don't. Research agents always do:
 * with web search when it is configured, else reading pages only (the addresses the row gives). Company
 * profiles and people finders research only with web search; without it they answer from the model.
 */
export function researchScope(
  config: { kind?: AiKind; agentType?: AgentType },
  webSearch: boolean,
): ResearchScope | null {
  const researches =
    config.kind === 'company_profile' || config.kind === 'company_people_finder'
      ? webSearch
      : isResearchAgent(config.agentType);
  return researches ? { webSearch, depth: researchDepth(config.agentType) } : null;
}

/**
 * A cell that asks the column's model one prompt (with research tools when `research` is given); its
 * answer is reused for an identical request unless the column turns the answer cache off.
 */
export async function promptCell(
  providers: Providers,
  column: AiColumnMeta,
  cell: ClaimedCell,
  prompt: CellPrompt,
  research: ResearchScope | null,
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
    research: research !== null,
    ...(research && { depth: research.depth }),
    answerKey:
      column.config.cache === false
        ? null
        : promptKey({ providerId: resolved.provider.id, model: resolved.model, research }, prompt),
  };
}
