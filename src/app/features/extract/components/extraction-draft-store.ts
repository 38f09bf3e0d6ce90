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
  start: (projectId: string | null) => void;
  close: () => void;
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

/** UI state of "New table from documents": the draft survives moving between its steps. */
export const useExtractionDraft = create<ExtractionDraftState>()((set) => ({
  open: false,
  projectId: null,
  ...fresh(),
  start: (projectId) => set({ open: true, projectId, ...fresh() }),
  close: () => set({ open: false }),
  change: (patch) => set(patch),
}));

/** The web addresses typed, one per line. */
export const urlsOf = (text: string): string[] => readAddresses(text).urls;
