import type { CallOutcome } from '../ai/call-model.ts';

/**
 * A cell's work that is no model call: a value read from another cell of the row (company_name from
 * the company profile), a contact provider's lookup. Its outcome is read like a model's: an `ok` answer
 * is `{ value, note }`, a failure is retried when marked retryable.
 */
export interface CellTask {
  /** What was asked, kept as the cell's prompt in its detail. */
  describe: string;
  run(signal: AbortSignal): Promise<CallOutcome>;
}

/** A task's answer as the cell's value and note. */
export const readTaskAnswer = (answer: unknown): { value: unknown; note: string | null } => {
  const read = answer as { value?: unknown; note?: string | null };
  return { value: read.value ?? null, note: read.note ?? null };
};
