import type { CellStep } from '../../../contract/cells.ts';
import type { ExampleSent } from '../../../contract/verified.ts';
import type { ClaimedCell } from './claim.ts';

/** What the call context recorded, kept with the cell for its detail view. */
export interface CallRecord {
  prompt?: string;
  raw?: string | null;
  /** "provider:model" of the call. */
  calledProvider?: string;
  model?: string;
  latencyMs?: number;
  /** An enrichment's steps as they ran. */
  steps?: CellStep[] | null;
  /** The verified examples the call was sent. */
  examples?: ExampleSent[] | null;
}

/** How one claimed cell ended, to be written back (fenced by its attempt). */
export type Outcome = CallRecord & { cell: ClaimedCell } & (
    | {
        kind: 'done';
        value: unknown;
        note: string | null;
        tokensIn: number | null;
        tokensOut: number | null;
        inputHash: string;
        /** What this call cost in dollars, when its model has a price; 0 for a reused answer. */
        costUsd: number | null;
        /** Answered from the answer cache, no call: what the first call cost, saved this time. */
        reused: { tokensIn: number; tokensOut: number; costUsd: number | null } | null;
      }
    | { kind: 'failed'; error: string }
    /** Back to the queue after a delay: rate limits, provider errors, timeouts, unfit answers. */
    | { kind: 'retry'; error: string; delayMs: number }
    /** Back to the queue at once, this attempt not counted: the server is stopping. */
    | { kind: 'released' }
    /** Not called: every column the prompt names is empty. It waits for an input, out of its run. */
    | { kind: 'waiting' }
  );

/** Exponential backoff with jitter, from `baseMs` (1 s), capped at 60 s; a provider's Retry-After wins. */
export function retryDelay(
  attempt: number,
  retryAfterMs?: number,
  baseMs = 1_000,
  random = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, 10 * 60_000);
  const ceiling = Math.min(60_000, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
