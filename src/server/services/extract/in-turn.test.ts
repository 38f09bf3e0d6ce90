import { describe, expect, it } from 'vitest';
import { batchedInTurn } from './in-turn.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('work in batches, in turn by key', () => {
  it('runs one key’s batches one after another, batching what came meanwhile, other keys beside it, past failures', async () => {
    const log: string[] = [];
    const inTurn = batchedInTurn<string, string>(async (key, items) => {
      log.push(`${key} start ${items.join(',')}`);
      await pause(items.includes('a1') ? 20 : 5);
      log.push(`${key} end ${items.join(',')}`);
      if (items.includes('a1')) throw new Error('a1');
      return items.map((item) => item.toUpperCase());
    });
    const results = await Promise.allSettled([
      inTurn('a', 'a1'),
      inTurn('a', 'a2'),
      inTurn('a', 'a3'),
      inTurn('b', 'b1'),
    ]);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : 'failed'))).toEqual([
      'failed',
      'A2',
      'A3',
      'B1',
    ]);
    // a2 and a3 came while a1 ran: one batch after it; b beside a.
    expect(log).toContain('a start a2,a3');
    expect(log.indexOf('a start a2,a3')).toBeGreaterThan(log.indexOf('a end a1'));
    expect(log.indexOf('b start b1')).toBeLessThan(log.indexOf('a end a1'));
  });
});
