// `npm run bench:store`: what the embedded store costs a laptop, per engine (EMBEDDED_STORE postgres and
// pglite): memory of the server and its store processes at the first start (store created) and idle
// after it, then time to healthy, CPU and idle memory on restarts. Memory is the process tree's (the
// native store runs in processes of its own), sampled every 100 ms: RSS summed per process and PSS
// (shared pages shared out). Options: BENCH_ENGINES (default "postgres,pglite"), BENCH_IDLE_MS (15000).
import { rmSync } from 'node:fs';
import { startServer, tempDataDir } from '../test/support/server-process.ts';
import { peakRssMiB, round } from './api-support/measure.ts';
import { sampleTreeMemory, treeCpuSeconds, treeMemory } from './api-support/process-tree.ts';

const ENGINES = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',');
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 15_000);
const RESTARTS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measureStart(env: Record<string, string>) {
  let sampler: ReturnType<typeof sampleTreeMemory> | undefined;
  const started = performance.now();
  const server = await startServer(env, {
    onSpawn: (pid) => {
      sampler = sampleTreeMemory(pid);
    },
    // The machine may be shared: a first start under heavy load can take minutes.
    startTimeoutMs: 600_000,
  });
  const healthyMs = performance.now() - started;
  const cpuToHealthy = treeCpuSeconds(server.pid);
  await sleep(IDLE_MS);
  const idle = treeMemory(server.pid);
  const peak = sampler?.stop();
  const result = {
    healthyMs: Math.round(healthyMs),
    cpuSecondsToHealthy: round(cpuToHealthy),
    peakTreeMiB: peak,
    serverPeakRssMiB: peakRssMiB(server.pid),
    idleTreeMiB: idle,
  };
  await server.stop();
  return result;
}

const results: Record<string, unknown> = { date: new Date().toISOString() };
for (const engine of ENGINES) {
  const dataDir = tempDataDir();
  const env = { DATA_DIR: dataDir, EMBEDDED_STORE: engine };
  const first = await measureStart(env);
  const restarts = [];
  for (let i = 0; i < RESTARTS; i++) restarts.push(await measureStart(env));
  results[engine] = { first, restarts };
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(results, null, 2));
