import type { Column } from '../../../../contract/columns.ts';
import type { PlanInput } from '../../../../contract/enrich.ts';
import { draftToSpec } from '../../filters/index.ts';
import type { EnrichDraft } from './enrich-draft-store.ts';

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
