import { describe, expect, it } from 'vitest';
import { compactCount, estimateText, formatCost } from '../../../lib/plan-text.ts';

describe('plan text', () => {
  it('counts compactly above ten thousand', () => {
    expect(compactCount(9_999)).toBe('9,999');
    expect(compactCount(12_345)).toBe('12.3k');
    expect(compactCount(456_789)).toBe('457k');
    expect(compactCount(2_340_000)).toBe('2.3M');
  });

  it('prices as precisely as the amount is small', () => {
    expect(formatCost(0)).toBe('$0');
    expect(formatCost(0.00042)).toBe('$0.0004');
    expect(formatCost(1.266)).toBe('$1.27');
    expect(formatCost(1240.4)).toBe('$1,240');
  });

  it('says the estimate in a line, and when the price is unknown', () => {
    expect(
      estimateText({ calls: 40, tokensIn: 12_345, tokensOut: 600, model: 'gpt-4o-mini', costUsd: 0.0042 }),
    ).toBe('≈ 40 calls · 12.3k tokens in · 600 out · $0.0042 with gpt-4o-mini');
    expect(estimateText({ calls: 1, tokensIn: 80, tokensOut: 15, model: 'llama3', costUsd: null })).toBe(
      '≈ 1 call · 80 tokens in · 15 out · no price known for llama3',
    );
    expect(estimateText({ calls: 2, tokensIn: 80, tokensOut: 15, model: null, costUsd: null })).toBe(
      '≈ 2 calls · 80 tokens in · 15 out · no model configured',
    );
    expect(estimateText({ calls: 0, tokensIn: 0, tokensOut: 0, model: null, costUsd: null })).toBe(
      'Nothing to fill: no calls.',
    );
  });
});
