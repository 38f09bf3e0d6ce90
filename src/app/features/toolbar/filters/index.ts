/** The filter pieces other features reuse (a trigger's condition is a list of row filters). */
export { type DraftResult, draftToSpec, type FilterDraft, specToDraft } from './filter-draft.ts';
export { FilterRow } from './filter-row.tsx';
export { defaultOperator } from './operators.ts';
