import type { ExtractEstimateInput } from '../../../../contract/extract.ts';
import { columnsOf } from '../model/field-draft.ts';
import { type ExtractionDraft, urlsOf } from './extraction-draft-store.ts';

/** The draft as the API takes it: the columns, the one kind of source chosen, the guidance. */
export function draftRequest(draft: ExtractionDraft): ExtractEstimateInput {
  const context = draft.context.trim();
  const enhance = draft.enhance.trim();
  return {
    columns: columnsOf(draft.fields),
    ...(draft.sourceKind === 'files' && { file_ids: draft.files.map((file) => file.id) }),
    ...(draft.sourceKind === 'urls' && { file_urls: urlsOf(draft.urls) }),
    ...(draft.sourceKind === 'text' && { source_text: draft.text }),
    ...(context && { additional_context: context }),
    ...(enhance && { enhancement_context: enhance }),
  };
}
