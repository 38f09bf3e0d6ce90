import { describe, expect, it } from 'vitest';
import type { AiColumnMeta, ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { chooserOver } from './choose-examples.ts';
import type { VerifiedRow } from './verified-rows.ts';

const column = (name: string, dataType: ColumnMeta['dataType'], config = {}) =>
  ({ id: name, name, displayName: name, dataType, config, storageName: name }) as ColumnMeta;
const industry = column('industry', 'ai', { prompt: 'Industry of {description}' }) as AiColumnMeta;
const table = { id: 't', columns: [column('description', 'text'), industry] } as TableMeta;
const verified = (rowId: string, description: string, value: string): VerifiedRow => ({
  rowId,
  data: { description },
  value,
  by: null,
  at: '2026-12-07T00:00:00.000Z',
});
// Newest first, as they are read.
const ROWS = [
  verified('a', 'Garden tools', 'Garden'),
  verified('b', 'Hospital software', 'Health software'),
  verified('c', 'Coffee beans', 'Food'),
  verified('d', 'Hospital beds', 'Medical devices'),
];

describe('choosing verified examples', () => {
  it('takes the k most similar, ties going to the newest, never the row itself', () => {
    const choose = chooserOver(table, industry, ROWS, 2);
    expect(choose('new', { description: 'Hospital software suites' }).map((e) => e.rowId)).toEqual([
      'b',
      'd',
    ]);
    expect(choose('b', { description: 'Hospital software' }).map((e) => e.rowId)).toEqual(['d', 'a']);
    expect(choose('new', { description: 'Nothing alike' }).map((e) => e.rowId)).toEqual(['a', 'b']);
  });

  it('gives each example its inputs as the prompt shows them and the verified answer', () => {
    const [first] = chooserOver(table, industry, ROWS, 1)('new', { description: 'Coffee beans, roasted' });
    expect(first).toMatchObject({ rowId: 'c', inputs: { description: 'Coffee beans' }, answer: 'Food' });
    expect(chooserOver(table, industry, ROWS, 0)('new', { description: 'Coffee' })).toEqual([]);
  });
});
