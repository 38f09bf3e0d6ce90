import { describe, expect, it } from 'vitest';
import { mergeEdit } from './row-merge.ts';

describe('mergeEdit', () => {
  const base = { name: 'Ada', city: 'Paris', sentiment: null };

  it('keeps what others changed in fields the person did not touch', () => {
    const current = { ...base, sentiment: 'Positive' };
    const given = { ...base, city: 'London' };
    expect(mergeEdit({ base, current, given, sent: Object.keys(given) })).toEqual({
      data: { name: 'Ada', city: 'London', sentiment: 'Positive' },
      conflicts: [],
    });
  });

  it('reports a field both changed to different values, and not one changed alike', () => {
    const current = { ...base, city: 'Berlin', name: 'Ada L.' };
    const given = { ...base, city: 'London', name: 'Ada L.' };
    expect(mergeEdit({ base, current, given, sent: Object.keys(given) }).conflicts).toEqual(['city']);
  });

  it('leaves fields the person did not send as they are', () => {
    const current = { ...base, city: 'Berlin' };
    expect(mergeEdit({ base, current, given: { name: 'Grace' }, sent: ['name'] }).data).toEqual({
      name: 'Grace',
      city: 'Berlin',
      sentiment: null,
    });
  });
});
