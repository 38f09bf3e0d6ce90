import { describe, expect, it } from 'vitest';
import { blocksAround, blocksFor } from './use-row-blocks.ts';

describe('row blocks', () => {
  it('asks for the blocks holding the rendered rows, nothing more', () => {
    expect(blocksFor(900_000, 900_040, 1_000_000)).toEqual([9000]);
    expect(blocksFor(895, 935, 1_000_000)).toEqual([8, 9]);
  });

  it('asks for block 0 alone until the row count is known', () => {
    expect(blocksFor(0, 40, undefined)).toEqual([0]);
  });

  it('prefetches one block on each side, within the table', () => {
    expect(blocksAround([9000], 1_000_000)).toEqual([8999, 9001]);
    expect(blocksAround([0], 1_000_000)).toEqual([1]);
    expect(blocksAround([9999], 1_000_000)).toEqual([9998]);
  });
});
