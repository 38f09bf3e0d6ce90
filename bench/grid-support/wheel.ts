// Wheel scrolling as Chromium itself drives it: a synthetic scroll gesture from the mouse wheel goes
// through the browser's input router and the compositor, like a real wheel or trackpad, unlike a
// script writing scrollTop.
import type { Page } from '@playwright/test';
import { type FrameStats, frameStats } from './frame-stats.ts';

/** The gesture the benchmark measures: 24,000 px down at 4,000 px/s (six seconds). */
const WHEEL_DISTANCE = 24_000;
const WHEEL_SPEED = 4_000;

type FrameWindow = Window & { __benchFrames?: number[]; __benchRecording?: boolean };

/**
 * Scrolls the element matching `selector` with `Input.synthesizeScrollGesture` (mouse wheel source,
 * pointer at the element's centre) and returns the frame times requestAnimationFrame saw meanwhile.
 */
export async function wheelScroll(page: Page, selector: string): Promise<FrameStats> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const startTop = await scrollTopOf(page, selector);
  await page.evaluate(() => {
    const win = window as FrameWindow;
    const frames: number[] = [];
    win.__benchFrames = frames;
    win.__benchRecording = true;
    let last = 0;
    const tick = (now: number) => {
      if (last) frames.push(now - last);
      last = now;
      if (win.__benchRecording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.synthesizeScrollGesture', {
      x: Math.round(box.x + box.width / 2),
      y: Math.round(box.y + box.height / 2),
      // The finger's (or wheel's) travel: negative moves the content up, i.e. scrolls down.
      yDistance: -WHEEL_DISTANCE,
      speed: WHEEL_SPEED,
      gestureSourceType: 'mouse',
      preventFling: true,
    });
  } finally {
    await cdp.detach();
  }
  const frames = await page.evaluate(() => {
    const win = window as FrameWindow;
    win.__benchRecording = false;
    return win.__benchFrames ?? [];
  });
  return frameStats(frames, (await scrollTopOf(page, selector)) - startTop);
}

function scrollTopOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => document.querySelector(sel)?.scrollTop ?? 0, selector);
}
