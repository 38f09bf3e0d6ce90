import { describe, expect, it } from 'vitest';
import { columnNameFrom } from './column-name.ts';

describe('column keys from display names', () => {
  it('joins lowercase words with underscores and numbers a key that is taken', () => {
    expect(columnNameFrom('Customer Name', new Set())).toBe('customer_name');
    expect(columnNameFrom('Café déjà vu!', new Set())).toBe('cafe_deja_vu');
    expect(columnNameFrom('Score', new Set(['score', 'score_2']))).toBe('score_3');
    expect(columnNameFrom('!!!', new Set())).toBe('column');
  });

  it('numbers a key no column may have, so "Constructor" can still be a column', () => {
    expect(columnNameFrom('Constructor', new Set())).toBe('constructor_2');
  });
});
