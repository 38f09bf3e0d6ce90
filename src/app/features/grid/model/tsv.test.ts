import { describe, expect, it } from 'vitest';
import { formatTsv, parseTsv } from './tsv.ts';

describe('tsv', () => {
  it('round-trips plain cells', () => {
    const rows = [
      ['a', 'b', ''],
      ['1', '2.5', 'true'],
    ];
    expect(formatTsv(rows)).toBe('a\tb\t\n1\t2.5\ttrue');
    expect(parseTsv(formatTsv(rows))).toEqual(rows);
  });

  it('quotes cells with tabs, newlines and quotes', () => {
    const rows = [['say "hi"', 'two\nlines', 'tab\there']];
    const text = formatTsv(rows);
    expect(text).toBe('"say ""hi"""\t"two\nlines"\t"tab\there"');
    expect(parseTsv(text)).toEqual(rows);
  });

  it('reads what spreadsheets write: CRLF and a trailing newline', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('single')).toEqual([['single']]);
    expect(parseTsv('')).toEqual([]);
  });
});
