/**
 * List prices of common models in US dollars per million tokens (input, output), to estimate a run's
 * cost before it starts. A model not listed gets no cost, only calls and tokens.
 */
const PRICES: Array<[RegExp, number, number]> = [
  [/^gpt-4o-mini/, 0.15, 0.6],
  [/^gpt-4o/, 2.5, 10],
  [/^gpt-4\.1-nano/, 0.1, 0.4],
  [/^gpt-4\.1-mini/, 0.4, 1.6],
  [/^gpt-4\.1/, 2, 8],
  [/^o4-mini/, 1.1, 4.4],
  [/^claude-3-5-haiku|^claude-haiku-4/, 0.8, 4],
  [/^claude-3-7-sonnet|^claude-sonnet-4|^claude-3-5-sonnet/, 3, 15],
  [/^claude-opus-4/, 15, 75],
];

/** The cost of tokens with this model in US dollars, or null when its price is not known. */
export function costUsd(model: string | null, tokensIn: number, tokensOut: number): number | null {
  const found = model ? PRICES.find(([pattern]) => pattern.test(model)) : undefined;
  if (!found) return null;
  const [, input, output] = found;
  return Math.round(((tokensIn * input + tokensOut * output) / 1_000_000) * 10_000) / 10_000;
}
