import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/contract/history.ts';
import type { Row } from '../../src/contract/rows.ts';
import { call, createTable, insertRows, queryRows } from '../support/api.ts';

// A batch of 500 rows or more takes the store's bulk path (COPY); smaller ones one JSON statement.
const LARGE_BATCH = 600;

describe('a large batch insert', () => {
  it('stores every column type as a small batch does, with links, formulas and history', async () => {
    const customers = await createTable([{ name: 'name', dataType: 'text' }]);
    const [acme, globex] = await insertRows(customers.id, [{ name: 'Acme' }, { name: 'Globex' }]);
    const table = await createTable([
      { name: 'name', dataType: 'text' },
      { name: 'score', dataType: 'number' },
      { name: 'active', dataType: 'boolean' },
      { name: 'due', dataType: 'date' },
      { name: 'status', dataType: 'select', config: { options: ['open', 'closed'] } },
      { name: 'tags', dataType: 'multiselect', config: { options: ['a,b', 'say "hi"', 'c'] } },
      { name: 'site', dataType: 'url' },
      { name: 'contact', dataType: 'email' },
      { name: 'double', dataType: 'computed', config: { formula: 'score * 2' } },
      { name: 'customer', dataType: 'relation', config: { targetTableId: customers.id } },
      {
        name: 'price',
        dataType: 'ai',
        config: { prompt: 'Price of {name}', outputFormat: 'money' },
      },
      {
        name: 'topics',
        dataType: 'ai',
        config: { prompt: 'Topics of {name}', outputFormat: 'multiselect', labels: ['x', 'y'] },
      },
    ]);
    const row = (i: number) => ({
      name: `tab\there, line\nbreak \\ ${i}`,
      score: i / 4,
      active: i % 2 === 0,
      due: '2026-11-26T00:00:00.000Z',
      status: 'open',
      tags: ['a,b', 'say "hi"'],
      site: 'https://example.com/a?b=c',
      contact: `p${i}@example.com`,
      customer: [(acme as Row).id, (globex as Row).id],
      price: { amount: i, currency: 'EUR' },
      topics: ['x', 'y'],
    });
    const small = await insertRows(table.id, [row(1)]);
    const large = await insertRows(
      table.id,
      Array.from({ length: LARGE_BATCH }, (_, i) => row(i + 2)),
    );
    expect(large).toHaveLength(LARGE_BATCH);

    const page = await queryRows(table.id, { limit: 3 });
    expect(page.headers.get('x-total-count')).toBe(String(LARGE_BATCH + 1));
    const [first, second] = page.body;
    // The same values back, whichever path stored them.
    expect(first?.id).toBe(small[0]?.id);
    expect(first?.data).toEqual({ ...row(1), double: 0.5 });
    expect(second?.data).toEqual({ ...row(2), double: 1 });

    // The batch's rows are in history like any others, and a filter finds them by typed value.
    const history = await call<HistoryEntry[]>('GET', `/tables/${table.id}/rows/${second?.id}/history`);
    expect(history.body.map((entry) => [entry.action, entry.version, entry.data.name])).toEqual([
      ['create', 1, row(2).name],
    ]);
    const found = await queryRows(table.id, {
      filters: [{ column: 'score', operator: 'gte', value: 150 }],
      limit: 1,
    });
    expect(found.headers.get('x-total-count')).toBe('2');
  });
});
