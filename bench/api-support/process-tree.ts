// Memory and CPU time of a process and everything it started (the embedded PostgreSQL's processes), from /proc.
import { readdirSync, readFileSync } from 'node:fs';

/** The process and its descendants, by walking every process's parent. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

const field = (text: string, name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);

/**
 * Resident memory of the tree in MiB: `rss` sums each process's resident set (pages shared between the
 * PostgreSQL processes, shared_buffers above all, count once per process that touched them), `pss`
 * shares each shared page among the processes that map it (the honest total).
 */
export function treeMemory(root: number): { rss: number; pss: number; processes: number } {
  let rss = 0;
  let pss = 0;
  const tree = processTree(root);
  for (const pid of tree) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += field(rollup, 'Rss');
      pss += field(rollup, 'Pss');
    } catch {
      // Gone meanwhile.
    }
  }
  return { rss: Math.round(rss / 1024), pss: Math.round(pss / 1024), processes: tree.length };
}

/** Samples the tree's memory every `everyMs` and keeps the peaks, until stopped. */
export function sampleTreeMemory(root: number, everyMs = 100) {
  const peak = { rss: 0, pss: 0 };
  const timer = setInterval(() => {
    const now = treeMemory(root);
    peak.rss = Math.max(peak.rss, now.rss);
    peak.pss = Math.max(peak.pss, now.pss);
  }, everyMs);
  return {
    peak,
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/**
 * CPU seconds (user + system) the tree has used so far (clock ticks of 10 ms): its live processes' own,
 * and the children they have reaped (PostgreSQL's parallel workers and ended backends, initdb).
 */
export function treeCpuSeconds(root: number): number {
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // Gone meanwhile.
    }
  }
  return ticks / 100;
}
