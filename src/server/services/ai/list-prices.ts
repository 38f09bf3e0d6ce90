/**
 * Public list prices of common models, in US dollars per million tokens (input, output): the defaults
 * of the price book (price-book.ts), which prices set in Settings override. Standard tier, no batch or
 * cached-input discounts. Collected on LISTED_ON from the vendors' pricing pages as public summaries
 * reported them (OpenAI: March-June 2026; Anthropic: its model pages); check them before relying on a
 * cost. Patterns are tried in order, so a longer name comes before its prefix (gpt-4o-mini before gpt-4o).
 */
export const LISTED_ON = '2026-12-07';

export const LIST_PRICES: ReadonlyArray<{ pattern: RegExp; label: string; input: number; output: number }> = [
  { pattern: /^gpt-4o-mini/, label: 'gpt-4o-mini', input: 0.15, output: 0.6 },
  { pattern: /^gpt-4o/, label: 'gpt-4o', input: 2.5, output: 10 },
  { pattern: /^gpt-4\.1-nano/, label: 'gpt-4.1-nano', input: 0.1, output: 0.4 },
  { pattern: /^gpt-4\.1-mini/, label: 'gpt-4.1-mini', input: 0.4, output: 1.6 },
  { pattern: /^gpt-4\.1/, label: 'gpt-4.1', input: 2, output: 8 },
  { pattern: /^gpt-5-nano/, label: 'gpt-5-nano', input: 0.05, output: 0.4 },
  { pattern: /^gpt-5-mini/, label: 'gpt-5-mini', input: 0.25, output: 2 },
  { pattern: /^gpt-5(\.1)?(-|$)/, label: 'gpt-5, gpt-5.1', input: 1.25, output: 10 },
  { pattern: /^o1-mini|^o3-mini|^o4-mini/, label: 'o1-mini, o3-mini, o4-mini', input: 1.1, output: 4.4 },
  { pattern: /^o3-pro/, label: 'o3-pro', input: 20, output: 80 },
  { pattern: /^o3/, label: 'o3', input: 2, output: 8 },
  { pattern: /^o1/, label: 'o1', input: 15, output: 60 },
  { pattern: /^claude-3-haiku/, label: 'claude-3-haiku', input: 0.25, output: 1.25 },
  { pattern: /^claude-3-5-haiku/, label: 'claude-3-5-haiku', input: 0.8, output: 4 },
  { pattern: /^claude-haiku-4/, label: 'claude-haiku-4.5', input: 1, output: 5 },
  {
    pattern: /^claude-3-7-sonnet|^claude-sonnet-4|^claude-3-5-sonnet/,
    label: 'claude sonnet 3.5 to 4.5',
    input: 3,
    output: 15,
  },
  { pattern: /^claude-opus-4-5/, label: 'claude-opus-4.5', input: 5, output: 25 },
  { pattern: /^claude-opus-4|^claude-3-opus/, label: 'claude opus 3, 4, 4.1', input: 15, output: 75 },
];
