// `npm run bench:extract`: a generated 200-page text PDF catalogue (40 items a page) extracted with the
// fake OpenAI-compatible provider answering after 200 ms, 8 calls at once, on the embedded store (or
// PostgreSQL with DATABASE_URL). Measures parsing (pages/s, in this process, as the server parses) and
// the whole job against its floor: chunks x 200 ms / 8, plus parse time; and the server's peak RSS.
// Options: BENCH_PAGES (200), BENCH_LATENCY_MS (200), BENCH_CONCURRENCY (8).
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createExtractClient } from '../src/sdk/extract-client.ts';
import { chunkUnits } from '../src/server/services/extract/chunk.ts';
import { readPdf } from '../src/server/services/extract/sources/pdf.ts';
import { PRODUCT_COLUMNS, productPdf } from '../test/support/extract.ts';
import { startFakeProvider } from '../test/support/fake-provider/server.ts';
import { startServer, tempDataDir } from '../test/support/server-process.ts';
import { storeKind } from './api-support/ai-bench-server.ts';
import { treeCpuSeconds } from './api-support/process-tree.ts';

const PAGES = Number(process.env.BENCH_PAGES ?? 200);
const PER_PAGE = 40;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

/** The server's resident memory now, in MB. */
const rssMb = (pid: number): number =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const pdf = await productPdf(PAGES, PER_PAGE);
// The first parse loads pdf.js as the server's first extraction does; the second shows the steady rate.
const parseStarted = performance.now();
const read = await readPdf(pdf, 'catalog.pdf');
const parseMs = performance.now() - parseStarted;
const warmStarted = performance.now();
await readPdf(pdf, 'catalog.pdf');
const warmParseMs = performance.now() - warmStarted;
const chunks = chunkUnits(read.units, { maxChars: 8_000, overlapChars: 800 }).length;

const fake = await startFakeProvider();
fake.setRules([{ delayMs: LATENCY_MS }]);
const databaseUrl = process.env.DATABASE_URL;
const dataDir = databaseUrl ? undefined : tempDataDir();
const server = await startServer({
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir ?? '' }),
  OPENAI_BASE_URL: fake.url,
  OPENAI_API_KEY: 'bench',
  AI_TABLES_MODEL: 'bench-model',
  AI_TABLES_CONCURRENCY: String(CONCURRENCY),
});
try {
  const client = createExtractClient({ baseUrl: server.baseUrl });
  const schema = await client.schemas.create({ name: 'Catalogue', columns: PRODUCT_COLUMNS });
  const file = await client.files.upload(pdf, 'catalog.pdf');
  let peakRss = rssMb(server.pid);
  const cpuBefore = treeCpuSeconds(server.pid);
  const started = performance.now();
  const table = await client.tables.create({
    schema_id: schema.id,
    name: 'Bench catalogue',
    file_ids: [file.id],
  });
  let done = await client.tables.get(table.id);
  while (done.status !== 'completed' && done.status !== 'failed') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    peakRss = Math.max(peakRss, rssMb(server.pid));
    done = await client.tables.get(table.id);
  }
  const totalMs = performance.now() - started;
  // The server's and its store's CPU during the job: on a loaded machine, what the job itself cost.
  const cpuMs = (treeCpuSeconds(server.pid) - cpuBefore) * 1000;
  const floorMs = (chunks * LATENCY_MS) / CONCURRENCY;
  const bound = 1.25 * floorMs + parseMs;
  const calls = fake.calls().length;
  console.log(
    JSON.stringify(
      {
        store: storeKind(databaseUrl),
        pages: PAGES,
        items: PAGES * PER_PAGE,
        status: done.status,
        total_rows: done.total_rows,
        parse_ms: Math.round(parseMs),
        pages_per_s: Math.round((PAGES / parseMs) * 1000),
        warm_pages_per_s: Math.round((PAGES / warmParseMs) * 1000),
        chunks,
        calls,
        floor_ms: Math.round(floorMs),
        bound_ms: Math.round(bound),
        total_ms: Math.round(totalMs),
        within_bound: totalMs <= bound,
        ratio_to_floor_plus_parse: Number((totalMs / (floorMs + parseMs)).toFixed(2)),
        server_and_store_cpu_ms: Math.round(cpuMs),
        peak_rss_mb: Math.round(peakRss),
        load_average: loadavg()[0]?.toFixed(1),
      },
      null,
      2,
    ),
  );
} finally {
  await server.stop();
  await fake.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
