// Timing helpers for the API benchmark.
import { readFileSync } from 'node:fs';

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

export const round = (value: number): number => Math.round(value * 10) / 10;

/** p50, p95 and max of a series of latencies, in ms. */
export const summary = (values: number[]) => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  max: round(Math.max(...values)),
  n: values.length,
});

/** The process's peak resident memory so far (VmHWM), in MiB. */
export const peakRssMiB = (pid: number): number =>
  Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

/** Fetches a URL, checks it answered 2xx, and returns how long it took. */
export async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
  return performance.now() - started;
}

/** Resolves when `predicate` holds on the server's output, polling every 5 ms. */
export async function waitForOutput(
  output: () => string,
  predicate: (text: string) => boolean,
  ms = 120_000,
) {
  const deadline = Date.now() + ms;
  while (!predicate(output())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the server');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
