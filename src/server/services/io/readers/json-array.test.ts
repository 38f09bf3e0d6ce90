import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonArray } from './json-array.ts';
import type { RawRecord } from './raw-record.ts';

/** The text in chunks of `size` characters, as a file stream might cut it. */
const chunked = (text: string, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size)),
  );

async function read(text: string, size: number): Promise<RawRecord[]> {
  const records: RawRecord[] = [];
  for await (const record of readJsonArray(chunked(text, size))) records.push(record);
  return records;
}

describe('JSON array splitter', () => {
  const text = ' [ {"a": "x, ]}[{", "b": [1, {"c": 2}]}, {"a": "say \\"hi\\" \\\\"},\n{"a": null} ] ';

  it('finds the same elements however the text is cut, strings with brackets and escapes included', async () => {
    const whole = await read(text, 1_000);
    expect(whole).toEqual([
      { kind: 'object', object: { a: 'x, ]}[{', b: [1, { c: 2 }] } },
      { kind: 'object', object: { a: 'say "hi" \\' } },
      { kind: 'object', object: { a: null } },
    ]);
    for (const size of [1, 2, 3, 7]) expect(await read(text, size)).toEqual(whole);
  });

  it('reports a broken element on its own and goes on', async () => {
    expect(await read('[{"a":1}, {"a": nope}, {"a":3}]', 4)).toEqual([
      { kind: 'object', object: { a: 1 } },
      { kind: 'error', message: expect.stringMatching(/^Element 2 is not valid JSON/) },
      { kind: 'object', object: { a: 3 } },
    ]);
  });

  it('reads an empty array as no records', async () => {
    expect(await read('[]', 1)).toEqual([]);
    expect(await read('[ \n ]', 2)).toEqual([]);
  });
});
