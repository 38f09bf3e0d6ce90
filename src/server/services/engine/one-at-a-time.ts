/**
 * Runs `work` one call at a time: a call made while it runs is not run beside it (two claims at once
 * would take the same slots twice) but remembered, and `again` is called once the run ends, so what
 * that call asked for is looked at next. The engine's and the extraction worker's ticks use it.
 */
export function oneAtATime(work: () => Promise<void>, again: () => void): () => Promise<void> {
  let running = false;
  let wanted = false;
  return async () => {
    if (running) {
      wanted = true;
      return;
    }
    running = true;
    try {
      await work();
    } finally {
      running = false;
      if (wanted) {
        wanted = false;
        again();
      }
    }
  };
}
