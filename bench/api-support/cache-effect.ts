import { json } from './ai-bench-server.ts';

interface Measured {
  providerCalls: number;
  seconds: number;
  cellsPerSecond: number;
  cellsReused: number;
}

/**
 * The answer cache's effect (issue 20): `cells` AI cells over `distinct` inputs, run with the cache
 * off (every cell a call), on (a call per distinct input, the rest reused), and the same column run
 * again with the cache warm (no call). Each column has a prompt of its own, so none warms another.
 */
export async function measureCacheEffect(
  api: string,
  calls: () => number,
  options: { cells: number; distinct: number },
) {
  const table = async (prompt: string, cache: boolean) => {
    const created = await json<{ id: string }>(`${api}/tables`, {
      method: 'POST',
      body: JSON.stringify({
        name: `Cache bench (${cache ? 'on' : 'off'})`,
        columns: [
          { name: 'feedback', dataType: 'text' },
          {
            name: 'sentiment',
            dataType: 'ai',
            config: { prompt, outputFormat: 'label', labels: ['Positive', 'Negative'], cache },
          },
        ],
      }),
    });
    for (let first = 0; first < options.cells; first += 1000) {
      const rows = Array.from({ length: Math.min(1000, options.cells - first) }, (_, i) => ({
        data: { feedback: `Feedback number ${(first + i) % options.distinct}` },
      }));
      await json(`${api}/tables/${created.id}/rows`, { method: 'POST', body: JSON.stringify({ rows }) });
    }
    return created.id;
  };
  const run = async (tableId: string, mode: string): Promise<Measured> => {
    const before = calls();
    const started = performance.now();
    const { runId, cellsQueued } = await json<{ runId: string; cellsQueued: number }>(
      `${api}/tables/${tableId}/run`,
      { method: 'POST', body: JSON.stringify({ mode }) },
    );
    for (;;) {
      const status = await json<{ run_status: string }>(`${api}/tables/${tableId}/status`);
      if (status.run_status === 'idle') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (performance.now() - started) / 1000;
    const record = await json<{ cellsReused: number }>(`${api}/tables/${tableId}/runs/${runId}`);
    return {
      providerCalls: calls() - before,
      seconds: Math.round(seconds * 10) / 10,
      cellsPerSecond: Math.round(cellsQueued / seconds),
      cellsReused: record.cellsReused,
    };
  };
  const off = await table('Rate {feedback} (answer cache off)', false);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const cacheOff = await run(off, 'missing');
  const on = await table('Rate {feedback} (answer cache on)', true);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const cacheOn = await run(on, 'missing');
  const warmRerun = await run(on, 'all');
  return { cells: options.cells, distinctInputs: options.distinct, cacheOff, cacheOn, warmRerun };
}
