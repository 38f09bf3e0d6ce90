/** Label values of one series, in the metric's label order. */
type Labels = Record<string, string>;

const escapeLabel = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (labels: Labels): string => {
  const pairs = Object.entries(labels).map(([name, value]) => `${name}="${escapeLabel(value)}"`);
  return pairs.length > 0 ? `{${pairs.join(',')}}` : '';
};
const keyOf = (labels: Labels): string => JSON.stringify(Object.entries(labels));

interface Metric {
  render(): string[];
}

/** A counter per label set: only grows (requests, calls, tokens). */
export class Counter implements Metric {
  readonly #values = new Map<string, { labels: Labels; value: number }>();
  readonly #name: string;
  readonly #help: string;
  constructor(name: string, help: string) {
    this.#name = name;
    this.#help = help;
  }
  inc(labels: Labels = {}, by = 1): void {
    const key = keyOf(labels);
    const entry = this.#values.get(key) ?? { labels, value: 0 };
    entry.value += by;
    this.#values.set(key, entry);
  }
  render(): string[] {
    return [
      `# HELP ${this.#name} ${this.#help}`,
      `# TYPE ${this.#name} counter`,
      ...[...this.#values.values()].map(({ labels, value }) => `${this.#name}${labelText(labels)} ${value}`),
    ];
  }
}

/** A value read when scraped (requests in flight, cells by status). */
export class Gauge implements Metric {
  readonly #values = new Map<string, { labels: Labels; value: number }>();
  readonly #name: string;
  readonly #help: string;
  constructor(name: string, help: string) {
    this.#name = name;
    this.#help = help;
  }
  set(labels: Labels, value: number): void {
    this.#values.set(keyOf(labels), { labels, value });
  }
  add(labels: Labels, by: number): void {
    const entry = this.#values.get(keyOf(labels));
    this.set(labels, (entry?.value ?? 0) + by);
  }
  render(): string[] {
    return [
      `# HELP ${this.#name} ${this.#help}`,
      `# TYPE ${this.#name} gauge`,
      ...[...this.#values.values()].map(({ labels, value }) => `${this.#name}${labelText(labels)} ${value}`),
    ];
  }
}

/** Latencies in seconds, in cumulative buckets, per label set. */
export class Histogram implements Metric {
  readonly #series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  readonly #name: string;
  readonly #help: string;
  readonly #buckets: number[];
  constructor(
    name: string,
    help: string,
    buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  ) {
    this.#name = name;
    this.#help = help;
    this.#buckets = buckets;
  }
  observe(labels: Labels, seconds: number): void {
    const key = keyOf(labels);
    const series = this.#series.get(key) ?? { labels, counts: this.#buckets.map(() => 0), sum: 0, count: 0 };
    this.#buckets.forEach((bound, i) => {
      if (seconds <= bound) series.counts[i] = (series.counts[i] ?? 0) + 1;
    });
    series.sum += seconds;
    series.count += 1;
    this.#series.set(key, series);
  }
  render(): string[] {
    const lines = [`# HELP ${this.#name} ${this.#help}`, `# TYPE ${this.#name} histogram`];
    for (const { labels, counts, sum, count } of this.#series.values()) {
      this.#buckets.forEach((bound, i) => {
        lines.push(`${this.#name}_bucket${labelText({ ...labels, le: String(bound) })} ${counts[i] ?? 0}`);
      });
      lines.push(`${this.#name}_bucket${labelText({ ...labels, le: '+Inf' })} ${count}`);
      lines.push(`${this.#name}_sum${labelText(labels)} ${sum}`);
      lines.push(`${this.#name}_count${labelText(labels)} ${count}`);
    }
    return lines;
  }
}

/** Renders metrics in the Prometheus text exposition format (version 0.0.4). */
export const renderMetrics = (metrics: Metric[]): string =>
  `${metrics.flatMap((m) => m.render()).join('\n')}\n`;
