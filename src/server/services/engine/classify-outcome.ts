import type { PriceTable } from '../ai/price-book.ts';
import type { CalledCell } from './cell-call.ts';
import { readTaskAnswer } from './cell-task.ts';
import { type Outcome, retryDelay } from './outcome.ts';
import type { PreparedCell } from './prepared-cell.ts';
import { researchNote } from './research-note.ts';

/** How often a cell is tried, and how long the first retry waits (it doubles each time). */
export interface RetryPolicy {
  maxAttempts: number;
  retryBaseMs: number;
}

/**
 * What a finished call means for its cell: done with the answer read in the column's format, back to
 * the queue after a delay when the failure may pass and attempts are left, or failed.
 */
export function classifyOutcome(
  prepared: PreparedCell,
  called: CalledCell,
  policy: RetryPolicy,
  prices: PriceTable,
  random = Math.random,
): Outcome {
  const { result, prompt, steps } = called;
  const record = {
    cell: prepared.cell,
    prompt,
    calledProvider: prepared.providerId,
    model: prepared.modelName,
    latencyMs: result.latencyMs,
    raw: result.raw ?? null,
    steps: steps.length > 0 ? steps : null,
    examples: prepared.job.kind === 'prompt' ? (prepared.job.prompt.examples ?? null) : null,
  };
  if (result.ok) {
    const job = prepared.job;
    const read =
      job.kind === 'plan'
        ? job.plan.read(result.answer)
        : job.kind === 'task'
          ? readTaskAnswer(result.answer)
          : job.prompt.read(result.answer);
    return {
      ...record,
      kind: 'done',
      value: read.value,
      // A research cell's note lists the pages it read (a criterion grade's note is its reason).
      note: researchNote(read.note, called.sources, called.withoutSearch),
      tokensIn: result.tokensIn,
      tokensOut: result.tokensOut,
      inputHash: prepared.inputHash,
      costUsd: prices.costUsd(prepared.modelName, result.tokensIn ?? 0, result.tokensOut ?? 0),
      reused: null,
    };
  }
  const attempts = prepared.cell.attempts;
  if (result.retryable && attempts < policy.maxAttempts) {
    return {
      ...record,
      kind: 'retry',
      error: `${result.error} (attempt ${attempts} of ${policy.maxAttempts}, retrying)`,
      delayMs: retryDelay(attempts, result.retryAfterMs, policy.retryBaseMs, random),
    };
  }
  const tried = attempts > 1 ? ` (after ${attempts} attempts)` : '';
  return { ...record, kind: 'failed', error: `${result.error}${tried}` };
}
