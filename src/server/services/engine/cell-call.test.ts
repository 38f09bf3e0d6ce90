import { describe, expect, it } from 'vitest';
import { callCell } from './cell-call.ts';
import type { PreparedCell } from './prepared-cell.ts';

const SETTINGS = { callTimeoutMs: 1_000, searxngUrl: undefined };

const taskCell = (run: () => Promise<never>) =>
  ({
    cell: { tableId: 't', rowId: 'r', columnId: 'c', runId: null, attempts: 1 },
    providerId: 'p',
    research: false,
    job: { kind: 'task', task: { describe: 'Look up the email of Ada', run } },
  }) as unknown as PreparedCell;

describe('calling a cell', () => {
  it('fails a task that throws like a failed call, not retried, with what was asked', async () => {
    const called = await callCell(
      taskCell(async () => {
        throw new Error('boom');
      }),
      SETTINGS,
      new AbortController().signal,
    );
    expect(called.prompt).toBe('Look up the email of Ada');
    expect(called.result).toMatchObject({ ok: false, error: 'The call failed: boom', retryable: false });
  });

  it('says a task aborted by its run was cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const called = await callCell(
      taskCell(async () => {
        throw new DOMException('aborted', 'AbortError');
      }),
      SETTINGS,
      controller.signal,
    );
    expect(called.result).toMatchObject({ ok: false, error: 'The call was cancelled', retryable: false });
  });
});
