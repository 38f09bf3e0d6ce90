import { describe, expect, it } from 'vitest';
import { columnResolver, referenceFor } from './references.ts';

const columns = [
  { name: 'full_name', displayName: 'Full name' },
  { name: 'city', displayName: 'Town' },
  { name: 'town', displayName: 'Location' },
  { name: 'a', displayName: 'Same' },
  { name: 'b', displayName: 'Same' },
  { name: 'notes', displayName: 'Notes {raw}' },
];

describe('prompt references', () => {
  it('name a column by its key or by the name people see, ignoring case', () => {
    const resolve = columnResolver(columns);
    expect(resolve('full_name')).toBe('full_name');
    expect(resolve('Full name')).toBe('full_name');
    expect(resolve(' full NAME ')).toBe('full_name');
    expect(resolve('nobody')).toBeUndefined();
  });

  it('prefer a key over another column display name, and refuse a display name two columns share', () => {
    const resolve = columnResolver(columns);
    expect(resolve('town')).toBe('town');
    expect(resolve('Town')).toBe('city');
    expect(resolve('Same')).toBeUndefined();
    expect(resolve('a')).toBe('a');
  });

  it('are written with the display name when it names only that column', () => {
    expect(referenceFor(columns[0]!, columns)).toBe('Full name');
    expect(referenceFor(columns[3]!, columns)).toBe('a');
    expect(referenceFor(columns[5]!, columns)).toBe('notes');
  });
});
