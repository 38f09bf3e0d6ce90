import { describe, expect, it } from 'vitest';
import type { ExtractColumn } from '../../../contract/extract.ts';
import { chunkUnits, itemOrigin } from './chunk.ts';
import { checkValue, tableColumns } from './columns.ts';
import { fillMissing, identityOf } from './merge.ts';
import { plainFailure } from './prepare-job.ts';
import { NEEDS_VISION, readSource } from './sources/read-source.ts';

const units = (count: number) =>
  Array.from({ length: count }, (_, n) => ({
    text: `Item ${n}`.padEnd(95, '.'),
    origin: `doc p. ${Math.floor(n / 10) + 1}`,
  }));

describe('chunks', () => {
  it('never split a unit, stay under the size, and repeat the previous chunk’s last units', () => {
    const chunks = chunkUnits(units(50), { maxChars: 1000, overlapChars: 200 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(1000 + 40);
    for (let n = 0; n < 50; n++) expect(chunks.some((chunk) => chunk.text.includes(`Item ${n}.`))).toBe(true);
    const [first, second] = chunks;
    const lastOfFirst = first?.text.split('\n\n').at(-1) ?? '';
    expect(second?.text).toContain(lastOfFirst);
    expect(first?.origin).toBe('doc p. 1');
  });

  it("name the page an item was read on, not the chunk's span of pages", () => {
    const [chunk] = chunkUnits(units(25), { maxChars: 10_000, overlapChars: 0 });
    if (!chunk) throw new Error('no chunk');
    expect(chunk.origin).toBe('doc p. 1 – doc p. 3');
    expect(itemOrigin(chunk, `ITEM  14${'.'.repeat(20)}`)).toBe('doc p. 2');
    expect(itemOrigin(chunk, 'Item 24.')).toBe('doc p. 3');
    expect(itemOrigin(chunk, 'Something the model made up')).toBe('doc p. 1 – doc p. 3');
  });

  it('cut a unit too big for one chunk at its lines', () => {
    const big = {
      text: Array.from({ length: 100 }, (_, n) => `Line ${n}`).join('\n'),
      origin: 'pasted text',
    };
    const chunks = chunkUnits([big], { maxChars: 200, overlapChars: 20 });
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.every((chunk) => !/Line \d+Line/.test(chunk.text))).toBe(true);
  });
});

const columns: ExtractColumn[] = [
  { key: 'name', label: 'Name', type: 'text', required: true },
  { key: 'price', label: 'Price', type: 'number' },
  { key: 'tags', label: 'Tags', type: 'tags' },
  { key: 'kind', label: 'Kind', type: 'enum', enum_values: ['tool', 'toy'] },
];

describe('values and identities', () => {
  it('read text forms of a type and keep the raw text of a value that fails it', () => {
    expect(checkValue(columns[1] as ExtractColumn, '$1,200.50')).toEqual({ ok: true, value: 1200.5 });
    expect(checkValue(columns[1] as ExtractColumn, 'about twelve')).toMatchObject({
      ok: false,
      raw: 'about twelve',
    });
    expect(checkValue(columns[2] as ExtractColumn, 'red, blue')).toEqual({
      ok: true,
      value: ['red', 'blue'],
    });
    expect(checkValue(columns[3] as ExtractColumn, 'robot')).toMatchObject({ ok: false, raw: 'robot' });
  });

  it('read JSON text into the value a json column holds, keeping text that is no JSON as raw', () => {
    const specs: ExtractColumn = { key: 'specs', label: 'Specs', type: 'json' };
    expect(checkValue(specs, '{"watts": 40, "colours": ["red"]}')).toEqual({
      ok: true,
      value: { watts: 40, colours: ['red'] },
    });
    expect(checkValue(specs, 'forty watts')).toMatchObject({ ok: false, raw: 'forty watts' });
    expect(tableColumns([specs])).toEqual([{ name: 'specs', displayName: 'Specs', dataType: 'json' }]);
  });

  it('read image addresses into image columns, refusing what is no http(s) address', () => {
    const photo: ExtractColumn = { key: 'photo', label: 'Photo', type: 'image' };
    const gallery: ExtractColumn = { key: 'gallery', label: 'Gallery', type: 'images' };
    expect(checkValue(photo, 'https://shop.example/a.png')).toEqual({
      ok: true,
      value: 'https://shop.example/a.png',
    });
    expect(checkValue(photo, 'a.png')).toMatchObject({ ok: false, raw: 'a.png' });
    expect(checkValue(gallery, ['https://shop.example/a.png', 'https://shop.example/b.png'])).toEqual({
      ok: true,
      value: ['https://shop.example/a.png', 'https://shop.example/b.png'],
    });
    expect(checkValue(gallery, ['ftp://shop.example/a.png'])).toMatchObject({ ok: false });
    expect(tableColumns([photo, gallery]).map((column) => column.dataType)).toEqual(['image', 'images']);
  });

  it('give the same item the same identity whatever its case and spacing, and merge only missing values', () => {
    expect(identityOf(columns, { name: 'Blue  Widget', price: null })).toBe(
      identityOf(columns, { name: 'blue widget!', price: 3 }),
    );
    expect(identityOf(columns, { name: null, price: null })).toBeNull();
    expect(fillMissing({ name: 'A', price: null }, { name: 'B', price: 4 })).toEqual({ price: 4 });
  });
});

describe('sources', () => {
  it('refuse an image with the reason, and an unknown binary as unsupported', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(await readSource(png, 'scan.png')).toEqual({ units: [], error: NEEDS_VISION });
    expect((await readSource(new Uint8Array([0, 1, 2, 3, 0, 255]), 'x.bin')).error).toMatch(/Unsupported/);
  });

  it('say why an address could not be read in words, not socket codes', () => {
    expect(plainFailure('127.0.0.1:1: Error: connect ECONNREFUSED 127.0.0.1:1')).toBe(
      '127.0.0.1:1: nothing answers at this address (connection refused)',
    );
    expect(plainFailure('www.exmaple.org could not be resolved: getaddrinfo ENOTFOUND www.exmaple.org')).toBe(
      'www.exmaple.org is not a site that exists: check the spelling',
    );
    expect(plainFailure('http://shop.test/gone.html answered HTTP 404')).toBe(
      'http://shop.test/gone.html answered HTTP 404: no page at this address',
    );
    expect(plainFailure('The file was deleted before it was read')).toBe(
      'The file was deleted before it was read',
    );
  });
});
