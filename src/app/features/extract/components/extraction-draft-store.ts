import { create } from 'zustand';
import type { ExtractFile } from '../../../../contract/extract.ts';
import { emptyField, type FieldDraft } from '../model/field-draft.ts';
import { readAddresses } from '../model/web-addresses.ts';

export type DraftStep = 'fields' | 'sources' | 'estimate';
export type SourceKind = 'files' | 'urls' | 'text';

/** The extraction being set up: which step, its fields, what it reads. Server data stays in React Query. */
export interface ExtractionDraft {
  /** Open, and for which project the table is made. */
  open: boolean;
  projectId: string | null;
  step: DraftStep;
  name: string;
  fields: FieldDraft[];
  sourceKind: SourceKind;
  /** Uploaded already: the server has them by id. */
  files: ExtractFile[];
  urls: string;
  text: string;
  /** Guidance for the model (Lasso's additional_context). */
  context: string;
  /** What a second pass fills missing values with (Lasso's enhancement_context); none when empty. */
  enhance: string;
}

interface ExtractionDraftState extends ExtractionDraft {
  /** Opened on a draft kept from before: the dialog says so and offers to start over. */
  resumed: boolean;
  /** Opens the dialog: on the draft left by Escape or Close, if anything was typed in it, else a new one. */
  start: (projectId: string | null) => void;
  /** Closes the dialog, keeping what was typed for the next time it opens. */
  close: () => void;
  /** Forgets the draft (started, or "Start over"). */
  reset: () => void;
  change: (patch: Partial<ExtractionDraft>) => void;
}

const fresh = (): Omit<ExtractionDraft, 'open' | 'projectId'> => ({
  step: 'fields',
  name: '',
  fields: [emptyField()],
  sourceKind: 'files',
  files: [],
  urls: '',
  text: '',
  context: '',
  enhance: '',
});

/** Whether anything was typed, chosen or uploaded: a draft worth keeping when the dialog closes. */
export function hasContent(draft: ExtractionDraft): boolean {
  return (
    draft.name.trim() !== '' ||
    draft.fields.some((field) => field.label.trim() !== '' || field.description.trim() !== '') ||
    draft.files.length > 0 ||
    [draft.urls, draft.text, draft.context, draft.enhance].some((text) => text.trim() !== '')
  );
}

/**
 * UI state of "New table from documents": the draft survives moving between its steps, and closing
 * the dialog (Escape, Close) until it is started or started over.
 */
export const useExtractionDraft = create<ExtractionDraftState>()((set, get) => ({
  open: false,
  projectId: null,
  resumed: false,
  ...fresh(),
  start: (projectId) => {
    const kept = hasContent(get());
    set({ open: true, projectId, resumed: kept, ...(kept ? {} : fresh()) });
  },
  close: () => set({ open: false }),
  reset: () => set({ resumed: false, ...fresh() }),
  change: (patch) => set(patch),
}));

/** The web addresses typed, one per line. */
export const urlsOf = (text: string): string[] => readAddresses(text).urls;
