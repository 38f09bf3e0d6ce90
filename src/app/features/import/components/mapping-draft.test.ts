import { describe, expect, it } from 'vitest';
import { draftProblem, draftsFrom, mappingOf } from './mapping-draft.ts';

const columns = [
  { source: 'Customer', name: 'Customer', displayName: 'Customer', dataType: 'text' as const },
  { source: 'rating', name: 'rating', displayName: 'Rating', dataType: 'number' as const, existing: true },
];

describe('mapping drafts', () => {
  it('turn the edits into the API mapping: renamed, retyped and skipped columns by header', () => {
    const [customer, rating] = draftsFrom(columns);
    if (!customer || !rating) throw new Error('drafts');
    const mapping = mappingOf([
      { ...customer, name: ' company ', dataType: 'select' },
      { ...rating, include: false },
    ]);
    expect(mapping).toEqual([
      { source: 'Customer', name: 'company', displayName: 'company', dataType: 'select' },
      { source: 'rating', name: 'rating', displayName: 'Rating', dataType: 'number', skip: true },
    ]);
  });

  it('say what is wrong before anything is sent', () => {
    const drafts = draftsFrom(columns);
    expect(draftProblem(drafts)).toBeUndefined();
    expect(draftProblem(drafts.map((draft) => ({ ...draft, include: false })))).toBe(
      'Choose at least one column to import',
    );
    expect(draftProblem(drafts.map((draft) => ({ ...draft, name: 'same' })))).toBe(
      'Two columns are named "same"',
    );
    expect(draftProblem([{ ...drafts[0]!, name: '  ' }])).toBe('The column from "Customer" needs a name');
  });
});
