// `npm run bench:api`: loads a 1,000,000-row, 10-column table through the batch insert API on the
// embedded store, then measures query latencies and the server's peak memory. Options by environment:
// BENCH_ROWS (default 1000000), BENCH_CONCURRENCY (parallel insert requests, default 2),
// DATABASE_URL (measure PostgreSQL instead of PGlite).
import { readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { startServer, tempDataDir } from '../test/support/server-process.ts';

const TOTAL = Number(process.env.BENCH_ROWS ?? 1_000_000);
const BATCH = 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
const CITIES = [
  'Paris',
  'London',
  'Berlin',
  'Madrid',
  'Rome',
  'Oslo',
  'Vienna',
  'Prague',
  'Dublin',
  'Lisbon',
];

/** A small deterministic generator so every run loads the same data. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function makeRow(n: number, next: () => number) {
  return {
    data: {
      name: `Customer ${n}`,
      email: `customer${n}@example.com`,
      company: `Company ${Math.floor(next() * 50_000)}`,
      city: CITIES[Math.floor(next() * CITIES.length)],
      score: Math.round(next() * 1000) / 10,
      revenue: Math.round(next() * 1_000_000),
      active: next() > 0.3,
      signup: new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000).toISOString(),
      website: `https://company${n % 50_000}.example.com`,
      notes: next() > 0.5 ? `Met at conference, follow up about plan ${n % 7}` : null,
    },
    createdBy: 'bench',
  };
}

const columns = [
  { name: 'name', dataType: 'text' },
  { name: 'email', dataType: 'email' },
  { name: 'company', dataType: 'text' },
  { name: 'city', dataType: 'select', config: { options: CITIES } },
  { name: 'score', dataType: 'number' },
  { name: 'revenue', dataType: 'number' },
  { name: 'active', dataType: 'boolean' },
  { name: 'signup', dataType: 'date' },
  { name: 'website', dataType: 'url' },
  { name: 'notes', dataType: 'text' },
];

const peakRssMiB = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

async function timed(url: string): Promise<{ ms: number; total: string | null; count: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = (await response.json()) as unknown[];
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body)}`);
  return {
    ms: performance.now() - started,
    total: response.headers.get('x-total-count'),
    count: body.length,
  };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = databaseUrl ? undefined : tempDataDir();
  const env: Record<string, string> = databaseUrl
    ? { DATABASE_URL: databaseUrl }
    : { DATA_DIR: dataDir ?? '' };
  const server = await startServer(env);
  const api = `${server.baseUrl}/api`;
  const pid = server.pid;
  try {
    const table = (await (
      await fetch(`${api}/tables`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Bench', columns }),
      })
    ).json()) as { id: string };

    const next = random(42);
    let sent = 0;
    const insertStarted = performance.now();
    let lastReport = insertStarted;
    const worker = async () => {
      while (sent < TOTAL) {
        const first = sent;
        sent += BATCH;
        const rows = Array.from({ length: Math.min(BATCH, TOTAL - first) }, (_, i) =>
          makeRow(first + i, next),
        );
        const response = await fetch(`${api}/tables/${table.id}/rows`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ rows }),
        });
        if (response.status !== 201)
          throw new Error(`insert answered ${response.status}: ${await response.text()}`);
        await response.arrayBuffer();
        if (performance.now() - lastReport > 10_000) {
          lastReport = performance.now();
          const rate = Math.round(sent / ((lastReport - insertStarted) / 1000));
          console.log(`  ${sent.toLocaleString()} rows, ${rate.toLocaleString()} rows/s`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const insertSeconds = (performance.now() - insertStarted) / 1000;
    const rowsPerSecond = TOTAL / insertSeconds;

    const rowsUrl = (params: Record<string, unknown>) =>
      `${api}/tables/${table.id}/rows?${new URLSearchParams(
        Object.entries(params).map(([key, value]) => [
          key,
          typeof value === 'string' ? value : JSON.stringify(value),
        ]),
      )}`;
    const filterSort: number[] = [];
    for (let i = 0; i < 30; i++) {
      const result = await timed(
        rowsUrl({
          limit: '50',
          filters: [
            { column: 'city', operator: 'eq', value: CITIES[i % CITIES.length] },
            { column: 'score', operator: 'gte', value: 20 + (i % 50) },
          ],
          sorts: [{ column: 'revenue', direction: i % 2 ? 'asc' : 'desc' }],
        }),
      );
      filterSort.push(result.ms);
    }
    const firstPage: number[] = [];
    const deepPage: number[] = [];
    for (let i = 0; i < 20; i++) {
      firstPage.push((await timed(rowsUrl({ limit: '50' }))).ms);
      deepPage.push(
        (await timed(rowsUrl({ limit: '50', offset: String(Math.floor(TOTAL * 0.9) + i * 50) }))).ms,
      );
    }
    const sortedPage: number[] = [];
    for (let i = 0; i < 10; i++) {
      sortedPage.push(
        (await timed(rowsUrl({ limit: '50', sorts: [{ column: 'score', direction: 'desc' }] }))).ms,
      );
    }
    const results = {
      date: new Date().toISOString(),
      engine: dataDir ? 'pglite' : 'postgres',
      machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      rows: TOTAL,
      insertConcurrency: CONCURRENCY,
      insertSeconds: +insertSeconds.toFixed(1),
      insertRowsPerSecond: Math.round(rowsPerSecond),
      filterSortP50: +percentile(filterSort, 50).toFixed(1),
      filterSortP95: +percentile(filterSort, 95).toFixed(1),
      firstPageP50: +percentile(firstPage, 50).toFixed(1),
      deepPageP50: +percentile(deepPage, 50).toFixed(1),
      deepPageP95: +percentile(deepPage, 95).toFixed(1),
      sortedPageP50: +percentile(sortedPage, 50).toFixed(1),
      peakRssMiB: Math.round(peakRssMiB(pid)),
    };
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
