import { describe, expect, it } from 'vitest';
import type { CellDetail } from '../../src/contract/cells.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';

/** A one-row table whose AI column asks the fake provider under `model`. */
async function oneCell(model: string, config: Record<string, unknown> = {}) {
  const { table, rows } = await aiTable(
    [
      { name: 'company', dataType: 'text' },
      aiColumn('founded', model, {
        prompt: 'When was {company} founded?',
        outputFormat: 'number',
        ...config,
      }),
    ],
    [{ company: 'Acme' }],
  );
  await run(table.id);
  await idle(table.id);
  const detail = await call<CellDetail>('GET', `/tables/${table.id}/rows/${rows[0]?.id}/cells/founded`);
  return { table, detail: detail.body, row: (await rowsOf(table.id))[0] };
}

describe('AI calls that go wrong', () => {
  it('wait out a 429 as long as Retry-After says, then succeed', async () => {
    const model = testModel('rate-limited');
    await fakeRules([
      { model, status: 429, retryAfter: 1, times: 1 },
      { model, reply: { value: 1999 } },
    ]);
    const { detail } = await oneCell(model);
    expect(detail).toMatchObject({ status: 'done', value: 1999, attempts: 2 });
    const [first, second] = await fakeCalls(model);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('retry server errors with backoff, and give up after the maximum attempts with the reason', async () => {
    const model = testModel('server-errors');
    await fakeRules([{ model, status: 500 }]);
    const { detail } = await oneCell(model);
    expect(detail.status).toBe('failed');
    expect(detail.attempts).toBe(3);
    expect(detail.error).toBe('The provider failed (500): Fake provider error 500 (after 3 attempts)');
    expect(await fakeCalls(model)).toHaveLength(3);
  });

  it('fail a call that hangs with a timeout, and a refused key at once', async () => {
    const hanging = testModel('hang');
    await fakeRules([{ model: hanging, hang: true }]);
    const { detail } = await oneCell(hanging);
    expect(detail.error).toBe('The provider did not answer within 2 s (after 3 attempts)');

    const refused = testModel('refused');
    await fakeRules([{ model: refused, status: 401 }]);
    const second = await oneCell(refused);
    expect(second.detail).toMatchObject({ status: 'failed', attempts: 1 });
    expect(second.detail.error).toBe('The provider refused the API key (401): check it in Settings');
  });

  it('fail malformed JSON and answers that do not fit, keeping the raw answer, never storing a wrong value', async () => {
    const malformed = testModel('malformed');
    await fakeRules([{ model: malformed, content: '{"value": 19' }]);
    const broken = await oneCell(malformed);
    expect(broken.detail.status).toBe('failed');
    expect(broken.detail.error).toMatch(/^The answer did not fit the column's format: /);
    expect(broken.detail.raw).toBe('{"value": 19');
    expect(broken.row?.data.founded).toBeNull();

    const unfit = testModel('unfit');
    await fakeRules([{ model: unfit, reply: { value: 'a long time ago' } }]);
    const words = await oneCell(unfit);
    expect(words.detail.error).toMatch(/"a long time ago" is not a number/);
    expect(words.row?.data.founded).toBeNull();
  });
});
