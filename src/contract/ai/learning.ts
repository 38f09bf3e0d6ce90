/** Verified cells a column needs before it learns from them by default (people can turn it on sooner). */
export const LEARN_FROM = 3;
/** Examples per call when the column does not say. */
export const DEFAULT_EXAMPLES = 3;

/**
 * How many verified examples each call of a column gets: what its `examples` setting says (0 is off),
 * or by default three once it has three verified cells. Fewer verified cells than that many is fine.
 */
export function examplesPerCall(config: { examples?: number | undefined }, verified: number): number {
  if (config.examples !== undefined) return config.examples;
  return verified >= LEARN_FROM ? DEFAULT_EXAMPLES : 0;
}
