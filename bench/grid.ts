// `npm run bench:grid`: loads a 1,000,000-row, 12-column table through the batch API on a fresh
// embedded store, then drives Chromium through the built SPA and measures the grid: time to first
// rows, scrolling (a script moving scrollTop every frame, and Chromium's own wheel gesture through
// the compositor), a jump to row 900,000, heap after scrolling 50,000 rows, DOM size. The same two
// scrolls run on a static 3,000-row HTML table (the ceiling) and on AG Grid Community over the same
// rows, in the same run, and the ratios are printed.
// Options: BENCH_ROWS (default 1000000), BENCH_CONCURRENCY (3), BENCH_DATA_DIR (a kept store: the
// table is loaded into it once and reused by later runs, for iterating; recorded figures come from
// a fresh store).
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { buildIfNeeded } from '../scripts/build-if-needed.ts';
import { startServer, tempDataDir } from '../test/support/server-process.ts';
import { openAgGrid } from './grid-support/ag-grid-page.ts';
import { type FrameStats, round } from './grid-support/frame-stats.ts';
import { findLoadedTable, loadTable } from './grid-support/load-table.ts';
import { jumpAndWait, memoryAndDom, rowShown, scrollFrames, scrollSteps } from './grid-support/measure.ts';
import { openStaticTable } from './grid-support/static-page.ts';
import { wheelScroll } from './grid-support/wheel.ts';

const TOTAL = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 3);
const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 36;
const JUMP_TO = Math.min(900_000, Math.floor(TOTAL * 0.9));
const GRID = '[role="grid"]';

/** Both scroll methods from the top of a scroller: scrollTop 40 px a frame for 5 s, then the wheel. */
async function scrollBoth(
  page: Page,
  selector: string,
): Promise<{ scrollTop: FrameStats; wheel: FrameStats }> {
  const toTop = async () => {
    await page.evaluate((sel) => {
      const element = document.querySelector(sel);
      if (element) element.scrollTop = 0;
    }, selector);
    await page.waitForTimeout(1_000);
  };
  await toTop();
  // 40 px a frame: about a row a frame below the height cap, four rows a frame above it.
  const scrollTop = await scrollFrames(page, selector, 40, 5_000);
  await toTop();
  const wheel = await wheelScroll(page, selector);
  return { scrollTop, wheel };
}

await buildIfNeeded();

const keptStore = process.env.BENCH_DATA_DIR;
const server = await startServer({ DATA_DIR: keptStore ?? tempDataDir() });
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
try {
  let tableId = keptStore ? await findLoadedTable(server.baseUrl, TOTAL) : undefined;
  let loadSeconds: number | null = null;
  if (!tableId) {
    const loadStarted = performance.now();
    tableId = await loadTable(server.baseUrl, TOTAL, CONCURRENCY);
    loadSeconds = (performance.now() - loadStarted) / 1000;
    console.error(`loaded ${TOTAL} rows in ${round(loadSeconds)} s`);
    // Let the server's background VACUUM/ANALYZE after the bulk load finish, as a user would meet it.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }

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

  await page.locator(GRID).focus();
  const grid = await scrollBoth(page, GRID);

  const jumps: number[] = [];
  for (const offset of [0, 1_234, 2_345])
    jumps.push(await jumpAndWait(page, JUMP_TO + offset, ROW_HEIGHT, HEADER_HEIGHT));

  // Through 50,000 rows from the top, ~25 rows a frame, blocks fetched and dropped on the way.
  await page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (element) element.scrollTop = 0;
  }, GRID);
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

  const staticPage = await scrollBoth(page, await openStaticTable(page));
  const agGrid = await scrollBoth(page, await openAgGrid(page, server.baseUrl, tableId));

  const ratio = (a: number, b: number) => round(a / b, 3);
  const result = {
    rows: TOTAL,
    columns: 12,
    loadSeconds: loadSeconds === null ? 'reused store' : round(loadSeconds),
    firstRowsColdMs: round(firstRowsColdMs),
    firstRowsMs: round(firstRowsMs),
    scroll: { grid, staticPage, agGrid },
    ratios: {
      wheelGridVsAgGrid: ratio(grid.wheel.averageFps, agGrid.wheel.averageFps),
      wheelGridVsStatic: ratio(grid.wheel.averageFps, staticPage.wheel.averageFps),
      scrollTopGridVsAgGrid: ratio(grid.scrollTop.averageFps, agGrid.scrollTop.averageFps),
      scrollTopGridVsStatic: ratio(grid.scrollTop.averageFps, staticPage.scrollTop.averageFps),
    },
    jumpTo: JUMP_TO,
    jumpMs: jumps.map((ms) => round(ms)),
    rowsScrolledForHeap: reached,
    heapMB: round(memory.heapMB),
    heapAfterGcMB: memory.heapAfterGcMB === null ? null : round(memory.heapAfterGcMB),
    gridDomNodes: memory.gridNodes,
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  await server.stop();
}
