import { describe, expect, it } from 'vitest';
import { extraHeaders, uniqueHeaders } from './headers.ts';

describe('headers', () => {
  it('names empty headers by position and suffixes repeats, saying so', () => {
    const notes = new Set<string>();
    expect(uniqueHeaders(['name', '', ' Name ', 'name', null], notes)).toEqual([
      'name',
      'column_2',
      'Name_2',
      'name_3',
      'column_5',
    ]);
    expect([...notes].join('\n')).toMatch(/column_2, column_5/);
    expect([...notes].join('\n')).toMatch(/"name" → name_3/);
  });

  it('suffixes names every JavaScript object already has, which no column may take', () => {
    const notes = new Set<string>();
    expect(uniqueHeaders(['__proto__', 'constructor', 'Constructor', 'toString'], notes)).toEqual([
      '__proto___2',
      'constructor_2',
      'Constructor',
      'toString_2',
    ]);
    expect([...notes].join('\n')).toMatch(/"constructor" → constructor_2/);
  });

  it('names fields past the header by position, avoiding names in use', () => {
    expect(extraHeaders(['a', 'column_3'], 4)).toEqual(['column_3_2', 'column_4']);
  });
});
