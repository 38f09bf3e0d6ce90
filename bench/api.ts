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
  const keepDir = process.env.BENCH_DATA_DIR;
  const dataDir = databaseUrl ? undefined : (keepDir ?? tempDataDir());
  const env: Record<string, string> = databaseUrl
    ? { DATABASE_URL: databaseUrl }
    : { DATA_DIR: dataDir ?? '' };
  // Create the store first, so the measured process is a server restarted on an existing store
  // (creating a PGlite store runs initdb in-process, which leaves ~250 MiB behind until restart).
  if (dataDir) await (await startServer(env)).stop();
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
    const filterSortQuery = (i: number) =>
      rowsUrl({
        limit: '50',
        filters: [
          { column: 'city', operator: 'eq', value: CITIES[i % CITIES.length] },
          { column: 'score', operator: 'gte', value: 20 + (i % 50) },
        ],
        sorts: [{ column: 'revenue', direction: i % 2 ? 'asc' : 'desc' }],
      });
    // The first queries after the load meet a table without statistics or indexes; the server then
    // vacuums it and builds indexes for the sorted and filtered columns in the background.
    const cold = [(await timed(filterSortQuery(0))).ms, (await timed(filterSortQuery(1))).ms];
    const deepCold = (await timed(rowsUrl({ limit: '50', offset: String(Math.floor(TOTAL * 0.9)) }))).ms;
    const settleStarted = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await timed(rowsUrl({ limit: '1' })); // Queued behind the maintenance jobs: returns once they are done.
    const settleSeconds = (performance.now() - settleStarted) / 1000;
    const filterSort: number[] = [];
    for (let i = 2; i < 32; i++) filterSort.push((await timed(filterSortQuery(i))).ms);
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
      filterSortColdMs: cold.map((ms) => Math.round(ms)),
      deepPageColdMs: Math.round(deepCold),
      maintenanceSeconds: +settleSeconds.toFixed(1),
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
    if (dataDir && !keepDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
