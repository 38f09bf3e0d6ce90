import type { PriceTable } from '../ai/price-book.ts';
import { RESEARCH_MAX_AGE_MS, type StoredAnswer } from './answer-cache.ts';
import type { PlanOutcome } from './call-plan.ts';
import type { Outcome } from './outcome.ts';
import type { PreparedCell } from './prepare.ts';

/**
 * A cell answered from the answer cache: the stored answer read as a fresh one would be (the format's
 * schema checks it again, so an answer the format no longer accepts is asked for anew: undefined), no
 * tokens spent, and what the first call cost recorded as saved.
 */
export function reusedOutcome(
  prepared: PreparedCell,
  stored: StoredAnswer,
  prices: PriceTable,
): Extract<Outcome, { kind: 'done' }> | undefined {
  const job = prepared.job;
  if (job.kind === 'task') return undefined;
  const reader = job.kind === 'plan' ? job.plan : job.prompt;
  const checked = reader.answer.schema.safeParse(stored.answer);
  if (!checked.success) return undefined;
  const read = reader.read(checked.data);
  const tokensIn = stored.tokensIn ?? 0;
  const tokensOut = stored.tokensOut ?? 0;
  return {
    kind: 'done',
    cell: prepared.cell,
    prompt: job.kind === 'prompt' ? job.prompt.prompt : (stored.steps?.at(-1)?.prompt ?? undefined),
    calledProvider: prepared.providerId,
    model: stored.model,
    latencyMs: 0,
    raw: stored.raw,
    steps: stored.steps,
    value: read.value,
    note: read.note ?? stored.note,
    tokensIn: null,
    tokensOut: null,
    inputHash: prepared.inputHash,
    costUsd: 0,
    reused: { tokensIn, tokensOut, costUsd: prices.costUsd(stored.model, tokensIn, tokensOut) },
  };
}

/** How long an answer may be reused: a day when the web was read for it, for good otherwise. */
export function maxAgeOf(prepared: PreparedCell): number | null {
  const job = prepared.job;
  const readsWeb =
    prepared.research || (job.kind === 'plan' && job.plan.earlier.some((step) => step.research));
  return readsWeb ? RESEARCH_MAX_AGE_MS : null;
}

/**
 * What a call gives the answer cache: its answer when it succeeded, nothing when it failed; `note` is
 * what its research adds (research-note.ts: the pages read, the missing web search).
 */
export function storedAnswer(
  prepared: PreparedCell,
  { result, steps }: PlanOutcome,
  note: string | null,
): StoredAnswer | undefined {
  if (!result.ok) return undefined;
  return {
    answer: result.answer,
    raw: result.raw,
    note,
    steps: steps.length > 0 ? steps : null,
    model: prepared.modelName,
    tokensIn: result.tokensIn,
    tokensOut: result.tokensOut,
  };
}
