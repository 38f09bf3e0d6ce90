import { describe, expect, it } from 'vitest';
import type { CellDetail } from '../../src/contract/cells.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, run, testModel } from '../support/ai.ts';
import { call, insertRows } from '../support/api.ts';

const VERIFIED = [
  ['Hospital records software for clinics', 'Health software'],
  ['Garden tools and lawn mowers', 'Garden'],
  ['Hospital beds and patient monitors', 'Medical devices'],
  ['Cloud accounting software for small firms', 'Finance software'],
  ['Organic coffee beans roaster', 'Food'],
] as const;

/** The examples a prompt as sent carries: each one's quoted description and its answer. */
function examplesIn(prompt: string): Array<[string, unknown]> {
  return [...prompt.matchAll(/Example \d+:\n- description: "([^"]*)"\nAnswer: (.*)/g)].map((match) => [
    match[1] as string,
    (JSON.parse(match[2] as string) as { value: unknown }).value,
  ]);
}

async function verifiedTable(model: string, config: Record<string, unknown>) {
  const { table, rows } = await aiTable(
    [
      { name: 'description', dataType: 'text' },
      aiColumn('industry', model, {
        prompt: 'The industry of a company that makes {description}',
        ...config,
      }),
    ],
    VERIFIED.map(([description]) => ({ description })),
  );
  for (const [index, row] of rows.entries()) {
    const answer = VERIFIED[index]?.[1];
    const verified = await call('POST', `/tables/${table.id}/rows/${row.id}/cells/industry/verify`, {
      value: answer,
    });
    expect(verified.status).toBe(200);
  }
  return table;
}

describe('the column learns from verified cells', () => {
  it('each call is sent the verified examples most similar to its row, kept in the cell detail', async () => {
    const model = testModel('learn');
    await fakeRules([{ model, reply: { value: 'Health software' } }]);
    const table = await verifiedTable(model, { examples: 2 });
    const [row] = await insertRows(table.id, [{ description: 'Hospital scheduling software for clinics' }]);
    await run(table.id, { rowIds: [row?.id] });
    await idle(table.id);

    const [sent] = await fakeCalls(model);
    // Shares hospital, software, for and clinics with the first; software and for with the fourth; the
    // beds share only "hospital", the rest nothing.
    expect(examplesIn(sent?.prompt ?? '')).toEqual([
      ['Hospital records software for clinics', 'Health software'],
      ['Cloud accounting software for small firms', 'Finance software'],
    ]);
    expect(sent?.prompt).toMatch(
      /Now this row:\n\nThe industry of a company that makes "Hospital scheduling/,
    );

    const detail = await call<CellDetail>('GET', `/tables/${table.id}/rows/${row?.id}/cells/industry`);
    expect(detail.body.examples?.map((example) => [example.inputs.description, example.answer])).toEqual(
      examplesIn(sent?.prompt ?? ''),
    );
    expect(detail.body.examples?.[0]?.similarity).toBeGreaterThan(detail.body.examples?.[1]?.similarity ?? 0);

    // A preview of the saved column learns the same way.
    const preview = await call<Array<{ prompt: string }>>('POST', `/tables/${table.id}/columns/preview`, {
      name: 'industry',
      config: table.columns.find((column) => column.name === 'industry')?.config,
      rowIds: [row?.id],
    });
    expect(examplesIn(preview.body[0]?.prompt ?? '')).toEqual(examplesIn(sent?.prompt ?? ''));
  });

  it('learns by default from three verified cells, not before, and never with examples: 0', async () => {
    const model = testModel('learn-default');
    await fakeRules([{ model, reply: { value: 'Food' } }]);
    const table = await verifiedTable(model, {});
    const [row] = await insertRows(table.id, [{ description: 'Coffee grinders' }]);
    await run(table.id, { rowIds: [row?.id] });
    await idle(table.id);
    expect(examplesIn((await fakeCalls(model))[0]?.prompt ?? '')).toHaveLength(3);

    const off = testModel('learn-off');
    await fakeRules([{ model: off, reply: { value: 'Food' } }]);
    const without = await verifiedTable(off, { examples: 0 });
    const [other] = await insertRows(without.id, [{ description: 'Coffee grinders' }]);
    await run(without.id, { rowIds: [other?.id] });
    await idle(without.id);
    expect((await fakeCalls(off))[0]?.prompt).not.toContain('Example 1');

    const few = testModel('learn-few');
    await fakeRules([{ model: few, reply: { value: 'Food' } }]);
    const { table: two, rows } = await aiTable(
      [
        { name: 'description', dataType: 'text' },
        aiColumn('industry', few, { prompt: 'Industry of {description}' }),
      ],
      [{ description: 'Tea' }, { description: 'Cake' }, { description: 'Coffee grinders' }],
    );
    for (const verified of rows.slice(0, 2)) {
      await call('POST', `/tables/${two.id}/rows/${verified.id}/cells/industry/verify`, { value: 'Food' });
    }
    await run(two.id, { rowIds: [rows[2]?.id] });
    await idle(two.id);
    expect((await fakeCalls(few))[0]?.prompt).not.toContain('Example 1');
  });
});
