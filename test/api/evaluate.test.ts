import { describe, expect, it } from 'vitest';
import type { TableStatus } from '../../src/contract/cells.ts';
import type { EvaluateResult } from '../../src/contract/evaluate.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, rowsOf, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';

/** Reviews, the label people verified, and what the first model (wrong twice) answers. */
const REVIEWS = [
  ['Great service', 'Positive', 'Positive'],
  ['Loved the food', 'Positive', 'Positive'],
  ['Terrible wait', 'Negative', 'Negative'],
  ['Cold soup', 'Negative', 'Positive'],
  ['It was fine', 'Neutral', 'Neutral'],
  ['Okay I guess', 'Neutral', 'Negative'],
] as const;

async function verify(tableId: string, rowId: string, column: string, value: unknown) {
  const response = await call('POST', `/tables/${tableId}/rows/${rowId}/cells/${column}/verify`, { value });
  expect(response.status).toBe(200);
}

describe('evaluate a column on its verified cells', () => {
  it('scores variants against the people’s answers: accuracy, confusion table, tokens and cost; changes no cell', async () => {
    const sloppy = testModel('eval-sloppy');
    // A priced model name (gpt-4o-mini list prices), so cost per 1,000 rows is known.
    const careful = testModel('gpt-4o-mini');
    await fakeRules([
      ...REVIEWS.map(([review, , answered]) => ({
        model: sloppy,
        match: `Classify "${review}"`,
        reply: { value: answered },
      })),
      ...REVIEWS.map(([review, verified]) => ({
        model: careful,
        match: `Classify "${review}"`,
        reply: { value: verified },
      })),
    ]);
    const { table, rows } = await aiTable(
      [
        { name: 'review', dataType: 'text' },
        aiColumn('sentiment', sloppy, {
          prompt: 'Classify {review}',
          outputFormat: 'label',
          labels: ['Positive', 'Negative', 'Neutral'],
        }),
      ],
      [...REVIEWS.map(([review]) => ({ review })), { review: 'Not verified' }],
    );
    for (const [index, [, verified]] of REVIEWS.entries()) {
      await verify(table.id, rows[index]?.id as string, 'sentiment', verified);
    }
    const before = await rowsOf(table.id);
    const version = (await call<TableStatus>('GET', `/tables/${table.id}/status`)).body.version;

    const response = await call<EvaluateResult>('POST', `/tables/${table.id}/columns/sentiment/evaluate`, {
      variants: [{ examples: 0 }, { model: careful, examples: 2 }],
    });
    expect(response.status).toBe(200);
    const [first, second] = response.body.variants;
    expect(response.body.verified).toBe(6);
    expect(first).toMatchObject({ evaluated: 6, agreed: 4, failed: 0, accuracy: 4 / 6, costPer1000: null });
    expect(first?.settings).toMatchObject({ model: sloppy, examples: 0 });
    expect(first?.confusion).toEqual({
      labels: ['Positive', 'Negative', 'Neutral'],
      counts: [
        [2, 0, 0],
        [1, 1, 0],
        [0, 1, 1],
      ],
    });
    const wrong = first?.items
      .filter((item) => !item.agreed)
      .map((item) => [item.inputs.review, item.answer])
      .sort();
    expect(wrong).toEqual([
      ['Cold soup', 'Positive'],
      ['Okay I guess', 'Negative'],
    ]);

    expect(second).toMatchObject({ evaluated: 6, agreed: 6, accuracy: 1, tokensOut: 6 * 12 });
    const perRow = (tokens: number) => (tokens / 6) * 1000;
    const expectedCost = (perRow(second?.tokensIn ?? 0) * 0.15 + perRow(second?.tokensOut ?? 0) * 0.6) / 1e6;
    expect(second?.costPer1000).toBeCloseTo(expectedCost, 4);
    expect(second?.items.every((item) => item.examples === 2)).toBe(true);
    // Each call got two verified examples, never its own row.
    for (const sent of await fakeCalls(careful)) {
      const own = /Now this row:\n\nClassify "([^"]*)"/.exec(sent.prompt)?.[1];
      expect(sent.prompt.match(/Example \d+:/g)).toHaveLength(2);
      expect(sent.prompt.split('Now this row:')[0]).not.toContain(`"${own}"`);
    }
    // The unverified row was never asked about; nothing was written.
    expect((await fakeCalls(sloppy)).some((sent) => sent.prompt.includes('Not verified'))).toBe(false);
    expect(await rowsOf(table.id)).toEqual(before);
    expect((await call<TableStatus>('GET', `/tables/${table.id}/status`)).body.version).toBe(version);
  });

  it('text answers that differ are judged by the model, with its reason; bad variants are refused', async () => {
    const model = testModel('eval-text');
    // The judge's prompt names the question too: its rule comes first.
    await fakeRules([
      { model, match: 'The answer to check: "Kyoto"', reply: { same: false, reason: 'Kyoto is not Tokyo' } },
      { model, match: 'Capital of "France"', reply: { value: 'paris' } },
      { model, match: 'Capital of "Japan"', reply: { value: 'Kyoto' } },
    ]);
    const { table, rows } = await aiTable(
      [{ name: 'country', dataType: 'text' }, aiColumn('capital', model, { prompt: 'Capital of {country}' })],
      [{ country: 'France' }, { country: 'Japan' }],
    );
    await verify(table.id, rows[0]?.id as string, 'capital', 'Paris');
    await verify(table.id, rows[1]?.id as string, 'capital', 'Tokyo');
    const response = await call<EvaluateResult>('POST', `/tables/${table.id}/columns/capital/evaluate`, {});
    const [only] = response.body.variants;
    expect(only).toMatchObject({ evaluated: 2, agreed: 1, accuracy: 0.5 });
    expect(only?.confusion).toBeUndefined();
    expect(only?.items.map((item) => [item.answer, item.agreed, item.reason])).toEqual([
      ['Kyoto', false, 'Kyoto is not Tokyo'],
      ['paris', true, null],
    ]);
    expect(only?.judgeTokens).toBeGreaterThan(0);

    const unknownColumn = await call('POST', `/tables/${table.id}/columns/capital/evaluate`, {
      variants: [{ prompt: 'Capital of {nowhere}' }],
    });
    expect(unknownColumn.status).toBe(400);
    const tooMany = await call('POST', `/tables/${table.id}/columns/capital/evaluate`, {
      variants: [{}, {}, {}, {}],
    });
    expect(tooMany.status).toBe(400);
  });
});
