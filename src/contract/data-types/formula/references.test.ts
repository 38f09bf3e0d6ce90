import { describe, expect, it } from 'vitest';
import { columnReference, renameReferences } from './references.ts';

describe('column references', () => {
  it('names simple columns bare and others in braces', () => {
    expect(columnReference('price')).toBe('price');
    expect(columnReference('Unit price')).toBe('{Unit price}');
    expect(columnReference('true')).toBe('{true}');
  });

  it('renames references but not strings or function names', () => {
    const renames = new Map([
      ['price', 'Unit price'],
      ['round', 'rounded'],
    ]);
    expect(renameReferences('round(price * qty, 2) & " price"', renames)).toBe(
      'round({Unit price} * qty, 2) & " price"',
    );
    expect(renameReferences('{price} + round', renames)).toBe('{Unit price} + rounded');
  });
});
