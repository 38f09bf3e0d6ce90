import type { Column } from '../../../../contract/columns.ts';
import { dataTypes } from '../../../../contract/data-types/index.ts';
import type { PlanInput } from '../../../../contract/enrich.ts';
import { draftToSpec } from '../../toolbar/filters/filter-draft.ts';
import type { EnrichDraft } from './enrich-draft-store.ts';

/** Columns an enrichment can fill, with what they need first (a multiselect its options). */
export const isEnrichable = (column: Column): boolean => {
  const enrichment = dataTypes[column.dataType].enrichment;
  return Boolean(enrichment) && !enrichment?.missing?.(column.config);
};

/** The draft as a plan request, or what must be fixed first. */
export function planRequest(draft: EnrichDraft, columns: Column[]): { input: PlanInput } | { error: string } {
  if (!draft.target) return { error: 'Choose the column to fill' };
  if (draft.mode === 'custom' && !draft.prompt.trim())
    return { error: 'Write the prompt, or let the AI plan it' };
  let filter: PlanInput['filter'];
  if (draft.filter) {
    const result = draftToSpec(
      draft.filter,
      columns.find((column) => column.name === draft.filter?.column),
    );
    if ('error' in result) return { error: `Filter: ${result.error}` };
    if ('incomplete' in result) return { error: 'Filter: enter a value, or remove the filter' };
    filter = result.spec;
  }
  return {
    input: {
      targetColumn: draft.target,
      promptMode: draft.mode,
      ...(draft.prompt.trim() && { prompt: draft.prompt.trim() }),
      ...(filter && { filter }),
      ...(draft.model.trim() && { model: draft.model.trim() }),
    },
  };
}
