import { describe, expect, it } from 'vitest';
import type { CallOutcome } from '../ai/call-model.ts';
import type { CalledCell } from './cell-call.ts';
import { classifyOutcome } from './classify-outcome.ts';
import type { PreparedCell } from './prepared-cell.ts';

const POLICY = { maxAttempts: 3, retryBaseMs: 1000 };
const PRICES = {
  costUsd: (_model: string | null, tokensIn: number, tokensOut: number) => (tokensIn + tokensOut) / 1000,
};

const prepared = (attempts: number, research = false) =>
  ({
    cell: { tableId: 't', rowId: 'r', columnId: 'c', runId: null, attempts },
    providerId: 'fake',
    modelName: 'm',
    inputHash: 'h',
    research,
    answerKey: null,
    job: {
      kind: 'prompt',
      prompt: {
        system: 's',
        prompt: 'Summarise "x"',
        answer: { jsonSchema: {}, schema: {} },
        read: (answer: unknown) => ({ value: (answer as { value: string }).value.toUpperCase(), note: null }),
      },
    },
  }) as unknown as PreparedCell;

const called = (result: CallOutcome, sources: string[] = [], withoutSearch = false): CalledCell => ({
  result,
  prompt: 'Summarise "x"',
  steps: [],
  sources,
  withoutSearch,
});

const failure = (retryable: boolean, retryAfterMs?: number): CallOutcome => ({
  ok: false,
  error: 'Rate limited by the provider (429): slow down',
  retryable,
  ...(retryAfterMs !== undefined && { retryAfterMs }),
  latencyMs: 5,
});

describe('what a finished call means for its cell', () => {
  it('is done with the answer read in the column’s format, its cost and its sources', () => {
    const ok: CallOutcome = {
      ok: true,
      answer: { value: 'yes' },
      raw: '{}',
      tokensIn: 100,
      tokensOut: 20,
      latencyMs: 9,
    };
    const outcome = classifyOutcome(prepared(1, true), called(ok, ['https://a.example']), POLICY, PRICES);
    expect(outcome).toMatchObject({
      kind: 'done',
      value: 'YES',
      note: 'Sources: https://a.example',
      tokensIn: 100,
      costUsd: 0.12,
      inputHash: 'h',
    });
  });

  it('goes back to the queue while attempts are left, after the wait the provider asked for', () => {
    const outcome = classifyOutcome(prepared(2), called(failure(true, 7000)), POLICY, PRICES);
    expect(outcome).toMatchObject({
      kind: 'retry',
      delayMs: 7000,
      error: 'Rate limited by the provider (429): slow down (attempt 2 of 3, retrying)',
    });
  });

  it('fails once attempts are spent, or at once when retrying cannot help', () => {
    expect(classifyOutcome(prepared(3), called(failure(true)), POLICY, PRICES)).toMatchObject({
      kind: 'failed',
      error: 'Rate limited by the provider (429): slow down (after 3 attempts)',
    });
    expect(classifyOutcome(prepared(1), called(failure(false)), POLICY, PRICES)).toMatchObject({
      kind: 'failed',
      error: 'Rate limited by the provider (429): slow down',
    });
  });
});
