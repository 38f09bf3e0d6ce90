import { describe, expect, it } from 'vitest';
import { inTurnByKey } from './in-turn.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('work in turn by key', () => {
  it('runs one key’s work one after another, other keys beside it, past failures', async () => {
    const inTurn = inTurnByKey();
    const log: string[] = [];
    const step =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await pause(ms);
        log.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      inTurn('a', step('a1', 20, true)),
      inTurn('a', step('a2', 1)),
      inTurn('b', step('b1', 5)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(log.indexOf('a2 start')).toBeGreaterThan(log.indexOf('a1 end'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
  });
});
