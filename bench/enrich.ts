// `npm run bench:enrich`: 10,000 AI cells against the fake OpenAI-compatible provider answering after
// 200 ms, with 50 calls at once, on the embedded store (or PostgreSQL with DATABASE_URL). Measures what a
// user meets: cells per second against the ceiling latency and concurrency set (50 / 0.2 s = 250/s), the
// server's CPU per cell, the size of a status poll, and the rows API's latency while the run goes.
// Then the answer cache's effect: BENCH_CELLS cells over BENCH_DISTINCT (1000) inputs with the cache off,
// on, and rerun warm: provider calls and wall time of each (bench/api-support/cache-effect.ts).
// Options: BENCH_CELLS (10000), BENCH_LATENCY_MS (200), BENCH_CONCURRENCY (50), BENCH_DISTINCT (1000);
// BENCH_CACHE_ONLY=1 measures the cache's effect alone.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { json, startAiBenchServer } from './api-support/ai-bench-server.ts';
import { measureCacheEffect } from './api-support/cache-effect.ts';
import { summary, timed } from './api-support/measure.ts';

const CELLS = Number(process.env.BENCH_CELLS ?? 10_000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const DISTINCT = Number(process.env.BENCH_DISTINCT ?? 1000);
const TICKS_PER_SECOND = 100; // Linux USER_HZ: /proc/<pid>/stat counts CPU time in hundredths of a second

/** CPU time the process used so far (user + system), in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

const { fake, server, engine, close } = await startAiBenchServer({
  reply: 'Positive',
  latencyMs: LATENCY_MS,
  env: { AI_TABLES_CONCURRENCY: String(CONCURRENCY) },
});
const api = `${server.baseUrl}/api`;
try {
  if (process.env.BENCH_CACHE_ONLY !== '1') await throughput();
  const cache = await measureCacheEffect(api, () => fake.calls().length, {
    cells: CELLS,
    distinct: DISTINCT,
  });
  console.log(JSON.stringify({ date: new Date().toISOString(), engine, answerCache: cache }, null, 2));
} finally {
  await close();
}

/** Cells per second, CPU per cell, status poll size and the rows API while 10,000 distinct cells run. */
async function throughput() {
  const table = await json<{ id: string }>(`${api}/tables`, {
    method: 'POST',
    body: JSON.stringify({
      name: 'Enrich bench',
      columns: [
        { name: 'feedback', dataType: 'text' },
        {
          name: 'sentiment',
          dataType: 'ai',
          config: { prompt: 'Rate {feedback}', outputFormat: 'label', labels: ['Positive', 'Negative'] },
        },
      ],
    }),
  });
  for (let first = 0; first < CELLS; first += 1000) {
    const rows = Array.from({ length: Math.min(1000, CELLS - first) }, (_, i) => ({
      data: { feedback: `Feedback number ${first + i}` },
    }));
    await json(`${api}/tables/${table.id}/rows`, { method: 'POST', body: JSON.stringify({ rows }) });
  }
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // Let maintenance after the load settle.

  const cpuBefore = cpuMs(server.pid);
  const started = performance.now();
  const { cellsQueued } = await json<{ cellsQueued: number }>(`${api}/tables/${table.id}/run`, {
    method: 'POST',
    body: '{}',
  });
  const rowsLatency: number[] = [];
  const pollBytes: number[] = [];
  let done = false;
  const poller = (async () => {
    for (let i = 0; !done; i++) {
      rowsLatency.push(await timed(`${api}/tables/${table.id}/rows?limit=50&offset=${(i * 50) % CELLS}`));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  for (;;) {
    const response = await fetch(`${api}/tables/${table.id}/status`);
    const text = await response.text();
    pollBytes.push(Buffer.byteLength(text));
    const status = JSON.parse(text) as {
      run_status: string;
      num_cells_completed: number;
      num_cells_failed: number;
    };
    if (status.run_status === 'idle') {
      done = true;
      const seconds = (performance.now() - started) / 1000;
      const cpu = cpuMs(server.pid) - cpuBefore;
      await poller;
      console.log(
        JSON.stringify(
          {
            date: new Date().toISOString(),
            engine,
            machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
            cells: cellsQueued,
            completed: status.num_cells_completed,
            failed: status.num_cells_failed,
            latencyMs: LATENCY_MS,
            concurrency: CONCURRENCY,
            seconds: Math.round(seconds * 10) / 10,
            cellsPerSecond: Math.round(cellsQueued / seconds),
            ceilingPerSecond: Math.round((CONCURRENCY * 1000) / LATENCY_MS),
            cpuMsPerCell: Math.round((cpu / cellsQueued) * 100) / 100,
            statusPollBytes: Math.max(...pollBytes),
            providerCalls: fake.calls().length,
            rowsApiDuringRun: summary(rowsLatency),
          },
          null,
          2,
        ),
      );
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
