// `npm run bench:import`: a generated 1,000,000-row, 10-column CSV (about 100 MB) uploaded and imported
// on the embedded store and on PostgreSQL, with the grid's rows API timed while the import runs and the
// server's memory watched; then the table is exported as CSV (streamed) and timed. Options by
// environment: BENCH_ROWS (default 1000000), BENCH_ENGINES (default "pglite,postgres"),
// TEST_DATABASE_URL (the PostgreSQL server to create a scratch database in).
import { openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createTestDatabase } from '../test/support/postgres.ts';
import { startServer, tempDataDir } from '../test/support/server-process.ts';
import { round, summary } from './api-support/measure.ts';
import { generateCsv } from './import-support/generate-csv.ts';
import { cpuSeconds, fetchAgain, rssMiB, watchGrid, watchMemory } from './import-support/probes.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');

async function upload(api: string, path: string): Promise<string> {
  const form = new FormData();
  // openAsBlob streams the file from disk as the request body is sent.
  form.append('file', await openAsBlob(path), 'bench.csv');
  const response = await fetch(`${api}/documents`, { method: 'POST', body: form });
  const body = (await response.json()) as { id: string };
  if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${JSON.stringify(body)}`);
  return body.id;
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const parsed = (await response.json()) as T;
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(parsed)}`);
  return parsed;
}

async function run(engine: string, file: { path: string; bytes: number }) {
  const database = engine === 'postgres' ? await createTestDatabase() : undefined;
  const dataDir = database ? undefined : tempDataDir();
  const env: Record<string, string> = database ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir ?? '' };
  // A server started on an existing store, as a user's is (creating the embedded store costs memory once).
  if (dataDir) await (await startServer(env)).stop();
  const server = await startServer(env);
  const api = `${server.baseUrl}/api`;
  try {
    const memory = watchMemory(server.pid);
    const t0 = performance.now();
    const documentId = await upload(api, file.path);
    const t1 = performance.now();
    const preview = await post<{ totalRows: number }>(`${api}/tables/import`, { documentId, preview: true });
    const t2 = performance.now();
    const cpuBefore = cpuSeconds(server.pid);
    const started = await post<{ importId: string; tableId: string }>(`${api}/tables/import`, {
      documentId,
      name: 'Bench',
      async: true,
    });
    const grid = watchGrid(api, started.tableId);
    let record: { status: string; rowsImported: number; rowsSkipped: number; message: string | null };
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      record = (await (await fetchAgain(`${api}/imports/${started.importId}`)).json()) as typeof record;
      if (record.status !== 'running') break;
    }
    const t3 = performance.now();
    const importCpu = cpuSeconds(server.pid) - cpuBefore;
    const gridLatencies = await grid.stop();
    const importPeak = memory.stop();
    if (record.status !== 'done' || record.rowsImported !== ROWS)
      throw new Error(`import ended ${JSON.stringify(record)}`);

    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const before = rssMiB(server.pid);
    const exportMemory = watchMemory(server.pid);
    const cpuAtExport = cpuSeconds(server.pid);
    const e0 = performance.now();
    const response = await fetch(`${api}/tables/${started.tableId}/export?format=csv`);
    let bytes = 0;
    let firstByte = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (bytes === 0) firstByte = performance.now() - e0;
      bytes += chunk.length;
    }
    const e1 = performance.now();
    const exportCpu = cpuSeconds(server.pid) - cpuAtExport;
    const exportPeak = exportMemory.stop();
    return {
      engine,
      uploadSeconds: round((t1 - t0) / 1000),
      previewSeconds: round((t2 - t1) / 1000),
      importSeconds: round((t3 - t2) / 1000),
      totalSeconds: round((t3 - t0) / 1000),
      importCpuSeconds: round(importCpu),
      rowsPerSecond: Math.round(ROWS / ((t3 - t2) / 1000)),
      previewRows: preview.totalRows,
      peakRssMiB: importPeak,
      gridDuringImport: summary(gridLatencies.all),
      gridFirstPage: summary(gridLatencies.first),
      gridRandomOffset: summary(gridLatencies.deep),
      exportSeconds: round((e1 - e0) / 1000),
      exportCpuSeconds: round(exportCpu),
      exportFirstByteMs: Math.round(firstByte),
      exportMiB: round(bytes / 1024 / 1024),
      exportRssGrowthMiB: exportPeak - before,
    };
  } catch (error) {
    // The server's last words, if it stopped: they say why.
    console.error(server.output().split('\n').slice(-30).join('\n'));
    throw error;
  } finally {
    await server.stop();
    // The server's log (import batches, maintenance jobs), for looking into a figure.
    if (process.env.BENCH_SERVER_LOG)
      writeFileSync(`${process.env.BENCH_SERVER_LOG}.${engine}`, server.output());
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

async function main() {
  const file = await generateCsv(ROWS);
  console.log(
    `file: ${ROWS.toLocaleString('en')} rows, ${round(file.bytes / 1024 / 1024)} MiB (${file.path})`,
  );
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  for (const engine of ENGINES) {
    const result = await run(engine, file);
    console.log(JSON.stringify(result, null, 2));
  }
  console.log(
    `load average after: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
}

await main();
