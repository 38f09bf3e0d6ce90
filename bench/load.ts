// `npm run bench:load`: 50 concurrent clients mixing reads (pages, filtered and sorted pages), edits and
// status polls on a 100,000-row table while a 5,000-cell AI run goes on against the fake provider.
// Reports per operation p50/p95/p99 latency, errors (target 0), throughput, and the server's memory
// over time (flat, or growing?). Options by environment: BENCH_DURATION_S (300), BENCH_CLIENTS (50),
// BENCH_ROWS (100000), BENCH_CELLS (5000), BENCH_LATENCY_MS (fake provider's answer time, 500),
// DATABASE_URL (PostgreSQL instead of the embedded store).
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { json, startAiBenchServer } from './api-support/ai-bench-server.ts';
import { CITIES, columns, makeRow, random } from './api-support/data.ts';
import { percentile, round } from './api-support/measure.ts';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 300);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const CELLS = Number(process.env.BENCH_CELLS ?? 5_000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 500);

const rssMiB = (pid: number): number =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

const { server, engine, close } = await startAiBenchServer({
  reply: 'A short summary',
  latencyMs: LATENCY_MS,
});
const api = `${server.baseUrl}/api`;
try {
  const table = await json<{ id: string }>(`${api}/tables`, {
    method: 'POST',
    body: JSON.stringify({
      name: 'Load bench',
      columns: [
        ...columns,
        { name: 'summary', dataType: 'ai', config: { prompt: 'Summarise {notes} at {company}' } },
      ],
    }),
  });
  const next = random(7);
  const ids: string[] = [];
  const seeded = performance.now();
  for (let first = 0; first < ROWS; first += 1000) {
    const rows = Array.from({ length: Math.min(1000, ROWS - first) }, (_, i) => makeRow(first + i, next));
    const inserted = await json<Array<{ id: string }>>(`${api}/tables/${table.id}/rows`, {
      method: 'POST',
      body: JSON.stringify({ rows }),
    });
    for (const row of inserted) ids.push(row.id);
  }
  console.error(`seeded ${ROWS} rows in ${round((performance.now() - seeded) / 1000)} s`);
  await new Promise((resolve) => setTimeout(resolve, 5_000)); // Let maintenance after the load settle.

  const { cellsQueued } = await json<{ cellsQueued: number }>(`${api}/tables/${table.id}/run`, {
    method: 'POST',
    body: JSON.stringify({ columns: ['summary'], rowIds: ids.slice(0, CELLS) }),
  });

  type Op = 'page' | 'filteredPage' | 'edit' | 'status';
  const latencies: Record<Op, number[]> = { page: [], filteredPage: [], edit: [], status: [] };
  const errors: Record<string, number> = {};
  const rowsUrl = (params: Record<string, unknown>) =>
    `${api}/tables/${table.id}/rows?${new URLSearchParams(
      Object.entries(params).map(([key, value]) => [
        key,
        typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    )}`;
  const request = (op: Op, n: number): [string, RequestInit?] => {
    if (op === 'page') return [rowsUrl({ limit: '50', offset: String((n * 50) % ROWS) })];
    if (op === 'filteredPage')
      return [
        rowsUrl({
          limit: '50',
          filters: [{ column: 'city', operator: 'eq', value: CITIES[n % CITIES.length] }],
          sorts: [{ column: 'revenue', direction: n % 2 ? 'asc' : 'desc' }],
        }),
      ];
    if (op === 'status') return [`${api}/tables/${table.id}/status`];
    // Edits land on rows outside the AI run's, as people editing while a run goes on.
    const row = ids[CELLS + (n % (ids.length - CELLS))] ?? ids[0];
    return [
      `${api}/tables/${table.id}/rows/${row}`,
      {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: { ...makeRow(n, next).data, name: `Edited ${n}` } }),
      },
    ];
  };
  const pick = (x: number): Op => (x < 0.4 ? 'page' : x < 0.6 ? 'filteredPage' : x < 0.8 ? 'edit' : 'status');

  const memory: Array<{ s: number; rssMiB: number }> = [];
  const started = performance.now();
  const deadline = started + DURATION_S * 1000;
  const sampler = setInterval(
    () => memory.push({ s: Math.round((performance.now() - started) / 1000), rssMiB: rssMiB(server.pid) }),
    5_000,
  );
  let sequence = 0;
  const client = async (seed: number) => {
    const mine = random(seed);
    while (performance.now() < deadline) {
      const n = sequence++;
      const op = pick(mine());
      const [url, init] = request(op, n);
      const t0 = performance.now();
      try {
        const response = await fetch(url, init);
        await response.arrayBuffer();
        if (response.ok) latencies[op].push(performance.now() - t0);
        else errors[`${op} ${response.status}`] = (errors[`${op} ${response.status}`] ?? 0) + 1;
      } catch (error) {
        errors[`${op} ${(error as Error).message}`] = (errors[`${op} ${(error as Error).message}`] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i + 1)));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const status = await json<Record<string, unknown>>(`${api}/tables/${table.id}/status`);
  const all = Object.values(latencies).flat();
  const stats = (values: number[]) => ({
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(Math.max(...values)),
  });
  const third = Math.max(1, Math.floor(memory.length / 3));
  const mean = (values: number[]) =>
    Math.round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length));
  console.log(
    JSON.stringify(
      {
        date: new Date().toISOString(),
        engine,
        machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at the end ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
        durationS: round(seconds),
        clients: CLIENTS,
        rows: ROWS,
        cellsQueued,
        aiCellsAtEnd: {
          completed: status.num_cells_completed,
          failed: status.num_cells_failed,
          inProgress: status.num_cells_in_progress,
        },
        requests: all.length,
        requestsPerSecond: round(all.length / seconds),
        errors,
        latencyMs: {
          all: stats(all),
          ...Object.fromEntries(Object.entries(latencies).map(([op, v]) => [op, stats(v)])),
        },
        memoryMiB: {
          firstThird: mean(memory.slice(0, third).map((m) => m.rssMiB)),
          lastThird: mean(memory.slice(-third).map((m) => m.rssMiB)),
          max: Math.max(...memory.map((m) => m.rssMiB)),
          samples: memory.map((m) => m.rssMiB),
        },
      },
      null,
      2,
    ),
  );
} finally {
  await close();
}
