/**
 * Row filters: the toolbar's filter button, and the pieces other features reuse (a trigger's condition
 * and an enrichment's rows are lists of row filters).
 */

export { FilterButton } from './filter-button.tsx';
export { type DraftResult, draftToSpec, type FilterDraft, specToDraft } from './filter-draft.ts';
export { FilterRow } from './filter-row.tsx';
export { defaultOperator } from './operators.ts';
