// `npm run bench:grid`: loads a 1,000,000-row, 12-column table through the batch API on a fresh
// embedded store, then drives Chromium through the built SPA and measures the grid: time to first
// rows, scroll frame rate, a jump to row 900,000, heap after scrolling 50,000 rows, DOM size.
// Builds the SPA when needed. Options: BENCH_ROWS (default 1000000), BENCH_CONCURRENCY (3).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { buildIfNeeded } from '../scripts/build-if-needed.ts';
import { startServer, tempDataDir } from '../test/support/server-process.ts';
import { loadTable } from './grid-support/load-table.ts';
import {
  baselineFps,
  jumpAndWait,
  memoryAndDom,
  rowShown,
  scrollFrames,
  scrollSteps,
} from './grid-support/measure.ts';

const TOTAL = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 3);
const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 36;
const JUMP_TO = Math.min(900_000, Math.floor(TOTAL * 0.9));

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

await buildIfNeeded();

const server = await startServer({ DATA_DIR: tempDataDir() });
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
try {
  const loadStarted = performance.now();
  const tableId = await loadTable(server.baseUrl, TOTAL, CONCURRENCY);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  console.error(`loaded ${TOTAL} rows in ${round(loadSeconds)} s`);
  // Let the server's background VACUUM/ANALYZE after the bulk load finish, as a user would meet it.
  await new Promise((resolve) => setTimeout(resolve, 5_000));

  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const url = `${server.baseUrl}/tables/${tableId}`;
  const firstRows = async () => {
    const started = performance.now();
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const cell = document.querySelector('[role="row"][aria-rowindex="2"] [role="gridcell"]');
        return !!cell && !cell.querySelector('.grid-skeleton') && !!cell.textContent;
      },
      null,
      { polling: 'raf', timeout: 30_000 },
    );
    return performance.now() - started;
  };
  const firstRowsColdMs = await firstRows();
  const firstRowsMs = await firstRows();
  if (!(await rowShown(page, 0))) throw new Error('first row not shown');

  await page.locator('[role="grid"]').focus();
  // 40 px a frame: about a row a frame below the height cap, four rows a frame above it.
  const frames = await scrollFrames(page, 40, 5_000);
  const frameMean = frames.reduce((sum, frame) => sum + frame, 0) / frames.length;

  const jumps: number[] = [];
  for (const offset of [0, 1_234, 2_345])
    jumps.push(await jumpAndWait(page, JUMP_TO + offset, ROW_HEIGHT, HEADER_HEIGHT));

  // Through 50,000 rows from the top, ~25 rows a frame, blocks fetched and dropped on the way.
  await page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('[role="grid"]');
    if (grid) grid.scrollTop = 0;
  });
  await page.waitForTimeout(500);
  const scale = Math.max(1, (TOTAL * ROW_HEIGHT) / 10_000_000);
  await scrollSteps(page, Math.round((25 * ROW_HEIGHT) / scale), 50_000 / 25);
  const reached = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('[role="row"][aria-rowindex]')].map((row) =>
      Number(row.getAttribute('aria-rowindex')),
    );
    return Math.max(...rows) - 1;
  });
  await page.waitForTimeout(1_000);
  const memory = await memoryAndDom(page);

  const result = {
    rows: TOTAL,
    columns: 12,
    loadSeconds: round(loadSeconds),
    firstRowsColdMs: round(firstRowsColdMs),
    firstRowsMs: round(firstRowsMs),
    scroll: {
      frames: frames.length,
      averageFps: round(1000 / frameMean),
      p95FrameMs: round(percentile(frames, 95)),
      maxFrameMs: round(Math.max(...frames)),
    },
    jumpTo: JUMP_TO,
    jumpMs: jumps.map((ms) => round(ms)),
    rowsScrolledForHeap: reached,
    heapMB: round(memory.heapMB),
    heapAfterGcMB: memory.heapAfterGcMB === null ? null : round(memory.heapAfterGcMB),
    gridDomNodes: memory.gridNodes,
    baselineFps: round(await baselineFps(page, 40, 5_000)),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.stop();
}
