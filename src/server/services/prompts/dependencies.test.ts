import { describe, expect, it } from 'vitest';
import { aiDepths, type ColumnShape, dependentsOf, findCycle } from './dependencies.ts';

const data = (name: string): ColumnShape => ({ name, dataType: 'text', config: {} });
const ai = (name: string, prompt: string): ColumnShape => ({ name, dataType: 'ai', config: { prompt } });

describe('AI column dependencies', () => {
  const columns = [
    data('feedback'),
    data('customer'),
    ai('sentiment', 'Rate {feedback}'),
    ai('reply', 'Answer {customer} who felt {sentiment}'),
    ai('summary', 'Summarise {reply}'),
    {
      name: 'fit',
      dataType: 'ai',
      config: { kind: 'criterion_grade', criterion: 'Is a big account' },
    } as ColumnShape,
  ];

  it('orders AI columns by how many AI columns stand between them and the data', () => {
    expect(Object.fromEntries(aiDepths(columns))).toEqual({ sentiment: 0, reply: 1, summary: 2, fit: 0 });
  });

  it('finds every AI column an edit makes stale, through other AI columns', () => {
    expect(dependentsOf(['feedback'], columns).map((column) => column.name)).toEqual([
      'sentiment',
      'reply',
      'summary',
      'fit',
    ]);
    expect(dependentsOf(['customer'], columns).map((column) => column.name)).toEqual([
      'reply',
      'summary',
      'fit',
    ]);
  });

  it('finds a cycle, and a column naming itself', () => {
    expect(findCycle(columns)).toBeUndefined();
    expect(findCycle([data('x'), ai('a', '{b}'), ai('b', '{c}'), ai('c', '{a}')])).toEqual([
      'a',
      'b',
      'c',
      'a',
    ]);
    expect(findCycle([ai('a', 'Improve {a}')])).toEqual(['a', 'a']);
  });
});
