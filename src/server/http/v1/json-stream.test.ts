import { describe, expect, it } from 'vitest';
import { jsonStream } from './json-stream.ts';

async function* batches(...lists: unknown[][]) {
  for (const list of lists) yield list;
}

const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe('jsonStream', () => {
  it('writes one JSON object whose array is filled batch by batch', async () => {
    const text = await read(
      jsonStream({ id: 't', n: 2 }, 'rows', batches([{ a: 1 }, { a: 2 }], [], [{ a: 3 }]), { done: null }),
    );
    expect(JSON.parse(text)).toEqual({ id: 't', n: 2, rows: [{ a: 1 }, { a: 2 }, { a: 3 }], done: null });
  });

  it('writes an empty array, and objects without head or tail fields', async () => {
    expect(JSON.parse(await read(jsonStream({}, 'rows', batches(), {})))).toEqual({ rows: [] });
  });
});
