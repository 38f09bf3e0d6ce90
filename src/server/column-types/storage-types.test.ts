import { describe, expect, it } from 'vitest';
import { sqlText } from './storage-types.ts';

describe('sqlText', () => {
  it('dollar-quotes text with a tag the text does not contain', () => {
    expect(sqlText("O'Brien \\ back")).toBe("$v$O'Brien \\ back$v$");
    expect(sqlText('costs $v$ and $v0$')).toBe('$v1$costs $v$ and $v0$$v1$');
    expect(sqlText('ends in $v')).toBe('$v0$ends in $v$v0$');
    expect(sqlText('')).toBe('$v$$v$');
  });
});
