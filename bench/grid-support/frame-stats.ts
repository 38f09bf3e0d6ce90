// Frame-time summaries shared by the grid benchmark's measures.

export interface FrameStats {
  frames: number;
  averageFps: number;
  p95FrameMs: number;
  maxFrameMs: number;
  /** Pixels the scroller actually moved: proof the scroll reached the page being measured. */
  scrolledPx: number;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Average fps, p95 and worst frame of requestAnimationFrame intervals. */
export function frameStats(frames: number[], scrolledPx: number): FrameStats {
  const mean = frames.reduce((sum, frame) => sum + frame, 0) / frames.length;
  return {
    frames: frames.length,
    averageFps: round(1000 / mean),
    p95FrameMs: round(percentile(frames, 95)),
    maxFrameMs: round(Math.max(...frames)),
    scrolledPx: Math.round(scrolledPx),
  };
}
