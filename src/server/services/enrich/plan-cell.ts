import { createHash } from 'node:crypto';
import type { RowData } from '../../../contract/rows.ts';
import { languageModel } from '../ai/language-model.ts';
import type { Providers } from '../ai/providers.ts';
import type { PlanPrompt } from '../engine/call-plan.ts';
import type { ClaimedCell } from '../engine/claim.ts';
import type { PreparedCell, UnpreparedCell } from '../engine/prepared-cell.ts';
import { planKey } from '../engine/request-key.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { planPrompt, type StoredPlan } from './plan-prompts.ts';
import { targetColumn } from './target.ts';

/**
 * An enrichment's cell: the run's plan rendered for the row, on the plan's model. The engine keeps
 * run plans without reading them and prepares their cells with this (see Engine's `planCell`).
 */
export async function preparePlanCell(
  providers: Providers,
  table: TableMeta,
  column: ColumnMeta,
  cell: ClaimedCell,
  stored: unknown,
  data: RowData,
): Promise<PreparedCell | UnpreparedCell> {
  const plan = stored as StoredPlan;
  const resolved = await providers.resolve({ provider: plan.provider, model: plan.model });
  if ('error' in resolved) return { cell, error: resolved.error };
  let prompt: PlanPrompt;
  try {
    prompt = planPrompt(plan, table, targetColumn(table, column.name), data);
  } catch (error) {
    return { cell, error: (error as Error).message };
  }
  const inputHash = createHash('sha1')
    .update(`${resolved.model}\n${prompt.system}\n${JSON.stringify(plan.steps)}\n${JSON.stringify(data)}`)
    .digest('hex');
  const target = { providerId: resolved.provider.id, model: resolved.model, research: null };
  return {
    cell,
    job: { kind: 'plan', plan: prompt },
    model: languageModel(resolved.provider, resolved.model),
    providerId: resolved.provider.id,
    modelName: resolved.model,
    inputHash,
    research: false,
    answerKey: planKey(target, inputHash, prompt.answer.jsonSchema),
  };
}
