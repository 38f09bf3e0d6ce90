// The benchmark file: a deterministic 10-column CSV of about 100 bytes a row, written once and reused.

import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { CITIES, random } from '../api-support/data.ts';

export const HEADER = 'id,name,email,city,score,revenue,active,signup,website,notes';

function line(n: number, next: () => number): string {
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const notes = next() > 0.5 ? `"Met at expo, plan ${n % 7}"` : '';
  return [
    n,
    `Customer ${n}`,
    `c${n}@example.com`,
    CITIES[Math.floor(next() * CITIES.length)],
    Math.round(next() * 1000) / 10,
    Math.round(next() * 1_000_000),
    next() > 0.3,
    day,
    `https://c${n % 50_000}.example.com`,
    notes,
  ].join(',');
}

/** Writes (or reuses) `rows` rows to bench/out; returns the path and size. */
export async function generateCsv(rows: number): Promise<{ path: string; bytes: number }> {
  mkdirSync('bench/out', { recursive: true });
  const path = `bench/out/import-${rows}.csv`;
  if (!existsSync(path)) {
    const partial = `${path}.part`;
    const out = createWriteStream(partial);
    const next = random(7);
    out.write(`${HEADER}\n`);
    let chunk: string[] = [];
    for (let n = 1; n <= rows; n++) {
      chunk.push(line(n, next));
      if (chunk.length === 10_000 || n === rows) {
        if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
        chunk = [];
      }
    }
    out.end();
    await once(out, 'finish');
    renameSync(partial, path);
  }
  return { path, bytes: statSync(path).size };
}
