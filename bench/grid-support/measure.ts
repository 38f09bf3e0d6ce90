// In-browser measurements of the grid, run through Playwright's page.evaluate.
import type { Page } from '@playwright/test';
import { type FrameStats, frameStats } from './frame-stats.ts';

/** Whether row `index` (0-based) is rendered with data (not a loading skeleton). */
export function rowShown(page: Page, index: number): Promise<boolean> {
  return page.evaluate((rowIndex) => {
    const cell = document.querySelector(`[role="row"][aria-rowindex="${rowIndex}"] [role="gridcell"]`);
    return !!cell && !cell.querySelector('.grid-skeleton') && (cell.textContent ?? '') !== '';
  }, index + 2);
}

/**
 * Scrolls the element matching `selector` by `step` pixels every animation frame for `ms` (a
 * script moving scrollTop, the main thread's own scroll) and returns the frame times.
 */
export async function scrollFrames(
  page: Page,
  selector: string,
  step: number,
  ms: number,
): Promise<FrameStats> {
  const { frames, scrolled } = await page.evaluate(
    ({ selector, step, ms }) =>
      new Promise<{ frames: number[]; scrolled: number }>((resolve) => {
        const scroller = document.querySelector<HTMLElement>(selector);
        if (!scroller) throw new Error(`no ${selector}`);
        const from = scroller.scrollTop;
        const frames: number[] = [];
        let last = 0;
        let start = 0;
        const tick = (now: number) => {
          if (start === 0) start = now;
          else frames.push(now - last);
          last = now;
          scroller.scrollTop += step;
          if (now - start < ms) requestAnimationFrame(tick);
          else resolve({ frames, scrolled: scroller.scrollTop - from });
        };
        requestAnimationFrame(tick);
      }),
    { selector, step, ms },
  );
  return frameStats(frames, scrolled);
}

/** Scrolls by `step` pixels a frame for `count` frames (a fixed distance, however slow the frames). */
export function scrollSteps(page: Page, step: number, count: number): Promise<void> {
  return page.evaluate(
    ({ step, count }) =>
      new Promise<void>((resolve) => {
        const grid = document.querySelector<HTMLElement>('[role="grid"]');
        if (!grid) throw new Error('no grid');
        let done = 0;
        const tick = () => {
          grid.scrollTop += step;
          if (++done < count) requestAnimationFrame(tick);
          else resolve();
        };
        requestAnimationFrame(tick);
      }),
    { step, count },
  );
}

/**
 * Jumps so that row `index` is at the top (one scrollTop write, as a scrollbar drag ends) and
 * returns the milliseconds until its data shows.
 */
export function jumpAndWait(
  page: Page,
  index: number,
  rowHeight: number,
  headerHeight: number,
): Promise<number> {
  return page.evaluate(
    ({ index, rowHeight, headerHeight }) =>
      new Promise<number>((resolve, reject) => {
        const grid = document.querySelector<HTMLElement>('[role="grid"]');
        if (!grid) throw new Error('no grid');
        const total = Number(grid.getAttribute('aria-rowcount')) - 1;
        const viewport = grid.clientHeight - headerHeight;
        const spacer = grid.scrollHeight - headerHeight;
        const scale = Math.max(1, (total * rowHeight - viewport) / (spacer - viewport));
        const started = performance.now();
        grid.scrollTop = Math.ceil((index * rowHeight) / scale);
        const check = () => {
          const cell = document.querySelector(`[role="row"][aria-rowindex="${index + 2}"] [role="gridcell"]`);
          if (cell && !cell.querySelector('.grid-skeleton') && cell.textContent)
            resolve(performance.now() - started);
          else if (performance.now() - started > 10_000) reject(new Error(`row ${index} never showed`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { index, rowHeight, headerHeight },
  );
}

/** Heap in use, and DOM elements inside the grid. */
export function memoryAndDom(
  page: Page,
): Promise<{ heapMB: number; heapAfterGcMB: number | null; gridNodes: number }> {
  return page.evaluate(async () => {
    const heap = () =>
      (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    const heapMB = heap() / 1_048_576;
    const gc = (window as unknown as { gc?: () => void }).gc;
    let heapAfterGcMB: number | null = null;
    if (gc) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 200));
      gc();
      heapAfterGcMB = heap() / 1_048_576;
    }
    const gridNodes = document.querySelector('[role="grid"]')?.querySelectorAll('*').length ?? 0;
    return { heapMB, heapAfterGcMB, gridNodes };
  });
}
