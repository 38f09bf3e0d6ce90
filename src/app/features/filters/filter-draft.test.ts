import { describe, expect, it } from 'vitest';
import { columnFixture } from '../../../../test/support/column-fixture.ts';
import { draftToSpec, type FilterDraft, specToDraft } from './filter-draft.ts';

const column = columnFixture;

const draft = (patch: Partial<FilterDraft>): FilterDraft => ({
  key: 'k',
  column: 'x',
  operator: 'eq',
  value: '',
  ...patch,
});

describe('draftToSpec', () => {
  it('types the value by the column', () => {
    expect(draftToSpec(draft({ operator: 'gt', value: ' 3.5 ' }), column('x', 'number'))).toEqual({
      spec: { column: 'x', operator: 'gt', value: 3.5 },
    });
    expect(draftToSpec(draft({ value: 'false' }), column('x', 'boolean'))).toEqual({
      spec: { column: 'x', operator: 'eq', value: false },
    });
  });

  it('splits "in" values on commas and types each one', () => {
    expect(draftToSpec(draft({ operator: 'in', value: '1, 2,,3' }), column('x', 'number'))).toEqual({
      spec: { column: 'x', operator: 'in', value: [1, 2, 3] },
    });
    expect(draftToSpec(draft({ operator: 'in', value: '1, two' }), column('x', 'number'))).toEqual({
      error: 'Enter a number: “two”',
    });
  });

  it('needs no value for is_empty and waits for one otherwise', () => {
    expect(draftToSpec(draft({ operator: 'is_empty', value: 'ignored' }), column('x', 'text'))).toEqual({
      spec: { column: 'x', operator: 'is_empty' },
    });
    expect(draftToSpec(draft({ operator: 'contains', value: '  ' }), column('x', 'text'))).toEqual({
      incomplete: true,
    });
  });

  it('refuses a value that does not fit the column', () => {
    expect(draftToSpec(draft({ value: 'lots' }), column('x', 'number'))).toEqual({ error: 'Enter a number' });
    expect(draftToSpec(draft({ value: 'x' }), undefined)).toEqual({ error: 'Choose a column' });
  });
});

describe('specToDraft', () => {
  it('writes list values back as comma-separated text', () => {
    expect(specToDraft({ column: 'x', operator: 'in', value: ['a', 'b'] }, 'k').value).toBe('a, b');
    expect(specToDraft({ column: 'x', operator: 'is_empty' }, 'k').value).toBe('');
  });
});
