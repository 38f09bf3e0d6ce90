import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDelimited } from './delimited.ts';
import type { RawRecord } from './raw-record.ts';

async function read(text: string): Promise<RawRecord[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'delimited-')), 'file.csv');
  writeFileSync(path, text);
  const records: RawRecord[] = [];
  for await (const chunk of readDelimited(path, 'utf-8', ',')) records.push(...chunk);
  return records;
}

const cells = (records: RawRecord[]) =>
  records.map((record) => (record.kind === 'cells' ? record.cells : record.kind));

describe('delimited reader', () => {
  it('leaves out each line whose quote never closes and reads on, with CRLF line ends too', async () => {
    const records = await read('a,b\r\n1,"x\r\n2,y\r\n3,"z\r\n4,w\r\n');
    expect(cells(records)).toEqual([['a', 'b'], 'error', ['2', 'y'], 'error', ['4', 'w']]);
    expect(records.filter((record) => record.kind === 'error').map((record) => record.line)).toEqual([2, 4]);
    expect(records.at(-1)).toEqual({ kind: 'cells', line: 5, cells: ['4', 'w'] });
  });

  it('reports an unclosed quote on the last line', async () => {
    const records = await read('a,b\n1,2\n3,"never');
    expect(cells(records)).toEqual([['a', 'b'], ['1', '2'], 'error']);
    expect(records.at(-1)).toMatchObject({ line: 3, message: expect.stringContaining('3,"never') });
  });

  it('keeps real multi-line fields, numbering records by the line they end on', async () => {
    const records = await read('a,b\n1,"two\nlines"\n2,x\n');
    expect(records.slice(1)).toEqual([
      { kind: 'cells', line: 3, cells: ['1', 'two\nlines'] },
      { kind: 'cells', line: 4, cells: ['2', 'x'] },
    ]);
  });
});
