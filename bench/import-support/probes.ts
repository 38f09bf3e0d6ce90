// What the import benchmark watches while the server works: its memory, and the grid's rows API.
import { readFileSync } from 'node:fs';

/**
 * fetch, tried a second time when the connection was closed under it: a keep-alive socket the server
 * closed just as a request went out (undici's "other side closed") is not the server failing; a
 * server that really stopped fails the second try too.
 */
export async function fetchAgain(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** The process's resident memory now (VmRSS), in MiB. */
export const rssMiB = (pid: number): number =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

/** Samples the server's RSS every 100 ms until stopped; reports the highest seen. */
export function watchMemory(pid: number) {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, rssMiB(pid));
    },
  };
}

/**
 * A grid scrolling while something else runs: one rows request at a time (first page, then a page at a
 * random offset among the rows there are), 100 ms apart, until stopped; returns each latency.
 */
export function watchGrid(api: string, tableId: string) {
  const latencies: number[] = [];
  const first: number[] = [];
  const deep: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const top = await fetchAgain(`${api}/tables/${tableId}/rows?limit=100`);
      const total = Number(top.headers.get('x-total-count') ?? 0);
      await top.arrayBuffer();
      latencies.push(performance.now() - started);
      first.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (total > 100) {
        const offset = Math.floor(Math.random() * (total - 100));
        const at = performance.now();
        const page = await fetchAgain(`${api}/tables/${tableId}/rows?limit=100&offset=${offset}`);
        if (!page.ok) throw new Error(`rows answered ${page.status}`);
        await page.arrayBuffer();
        latencies.push(performance.now() - at);
        deep.push(performance.now() - at);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { all: latencies, first, deep };
    },
  };
}

/** CPU time the process has used so far (user + system, all threads), in seconds. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
