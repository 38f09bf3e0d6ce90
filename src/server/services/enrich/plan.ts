import type { Plan, PlanInput } from '../../../contract/enrich.ts';
import { PlanInput as PlanInputSchema } from '../../../contract/enrich.ts';
import type { RowData } from '../../../contract/rows.ts';
import { languageModel } from '../ai/language-model.ts';
import type { Providers, Resolved } from '../ai/providers.ts';
import type { Store } from '../store/store.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { bindingColumns, rowBindings } from './bindings.ts';
import { countEligible, sampleRows } from './eligible.ts';
import { estimateRun } from './estimate.ts';
import { type Draft, modelPlan } from './model-plan.ts';
import { enrichRequest, resolveChoice } from './request.ts';
import {
  DEFAULT_PROFILES,
  defaultInstruction,
  inferStrategy,
  strategyReason,
  strategySteps,
} from './strategy.ts';
import { allowedOptions } from './target.ts';

/** Sample rows a plan is built and estimated from, and shown with. */
const SAMPLES = 3;

export interface PlanOptions {
  timeoutMs: number;
  webSearch: boolean;
}

/** A plan by the rules: the user's prompt (or one written for the target) in the strategy's steps. */
function rulesDraft(target: ColumnMeta, prompt: string | undefined, why?: string): Draft {
  const strategy = inferStrategy(target, prompt);
  const instruction = prompt?.trim() || defaultInstruction(target, allowedOptions(target));
  return {
    strategy,
    agentProfile: DEFAULT_PROFILES[strategy],
    reasoning: [strategyReason(strategy, target), why].filter(Boolean).join(' '),
    steps: strategySteps(strategy, target, instruction),
  };
}

/** The auto plan: the model's, or the rules' with the reason the model could not plan. */
async function autoDraft(
  resolved: Resolved,
  options: PlanOptions,
  context: { table: TableMeta; target: ColumnMeta; samples: RowData[]; hint: string | undefined },
): Promise<{ draft: Draft; planner: Plan['planner'] }> {
  const failure =
    'error' in resolved
      ? resolved.error
      : await modelPlan(languageModel(resolved.provider, resolved.model), options.timeoutMs, {
          ...context,
          options: allowedOptions(context.target),
        }).catch((error: unknown) => (error as Error).message);
  if (typeof failure !== 'string') return { draft: failure, planner: 'model' };
  const why = `(Planned by rules: the model could not plan. ${failure})`;
  return { draft: rulesDraft(context.target, context.hint, why), planner: 'rules' };
}

/**
 * The enrichment plan for a target column: strategy, agent profile, steps, the contract the answers
 * must meet, the rows it would fill (already-populated ones excluded), sample bindings and what it
 * would cost. Auto mode asks the model; custom mode builds the steps around the user's prompt.
 */
export async function buildPlan(
  store: Store,
  providers: Providers,
  tableId: string,
  given: PlanInput,
  options: PlanOptions,
): Promise<Plan> {
  const input = PlanInputSchema.parse(given);
  const { table, target, filter } = await enrichRequest(store, tableId, input);
  const choice = { provider: input.provider, model: input.model };
  const resolved = await resolveChoice(providers, choice);
  const [eligible, samples] = await Promise.all([
    countEligible(store, table, target, filter),
    sampleRows(store, table, target, filter, SAMPLES),
  ]);
  const bound = samples.map((data) => rowBindings(bindingColumns(table, target), data));
  const { draft, planner } =
    input.promptMode === 'custom'
      ? {
          draft: rulesDraft(target, input.prompt, 'The steps use your prompt as written.'),
          planner: 'rules' as const,
        }
      : await autoDraft(resolved, options, { table, target, samples: bound, hint: input.prompt });
  const agentProfile = input.agentProfile ?? draft.agentProfile;
  const model = 'error' in resolved ? null : resolved.model;
  return {
    promptMode: input.promptMode,
    strategy: draft.strategy,
    agentProfile,
    reasoning: draft.reasoning,
    steps: draft.steps,
    targetContract: contractOf(target),
    eligibleRowCount: eligible,
    sampleBindings: bound,
    estimate: estimateRun(
      { strategy: draft.strategy, agentProfile, steps: draft.steps },
      { table, target, samples, eligible },
      model,
      options.webSearch,
      await providers.prices.table(),
    ),
    ...(input.provider && { provider: input.provider }),
    ...(input.model && { model: input.model }),
    planner,
  };
}

/** The shape answers must have to go into the target column. */
export function contractOf(target: ColumnMeta): Plan['targetContract'] {
  return {
    columnName: target.name,
    columnLabel: target.displayName,
    dataType: target.dataType,
    allowedOptions: allowedOptions(target),
  };
}
