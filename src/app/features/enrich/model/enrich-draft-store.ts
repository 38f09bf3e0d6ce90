import { create } from 'zustand';
import type { Plan, PromptMode } from '../../../../contract/enrich.ts';
import type { FilterDraft } from '../../filters/index.ts';

/** What a person is preparing in the enrichment panel of one table. */
export interface EnrichDraft {
  target: string;
  mode: PromptMode;
  prompt: string;
  /** One filter narrowing the rows, as typed; null for every row. */
  filter: FilterDraft | null;
  /** A model of the default provider; empty for its default model. */
  model: string;
  /** The plan previewed, with the person's edits to its steps. */
  plan: Plan | null;
  /** The request changed since the plan was previewed: its counts and estimate may be off. */
  planOutdated: boolean;
}

export const emptyDraft = (target = ''): EnrichDraft => ({
  target,
  mode: 'auto',
  prompt: '',
  filter: null,
  model: '',
  plan: null,
  planOutdated: false,
});

interface EnrichDraftState {
  drafts: Record<string, EnrichDraft>;
  /** Changes the request; a plan for another target is dropped, one for the same target goes outdated. */
  updateRequest: (tableId: string, patch: Partial<Omit<EnrichDraft, 'plan' | 'planOutdated'>>) => void;
  setPlan: (tableId: string, plan: Plan | null) => void;
}

/** Drafts outlive the panel: closing it to look at the grid and coming back keeps the plan being edited. */
export const useEnrichDraftStore = create<EnrichDraftState>()((set) => ({
  drafts: {},
  updateRequest: (tableId, patch) =>
    set((state) => {
      const draft = state.drafts[tableId] ?? emptyDraft();
      const retarget = patch.target !== undefined && patch.target !== draft.target;
      return {
        drafts: {
          ...state.drafts,
          [tableId]: {
            ...draft,
            ...patch,
            plan: retarget ? null : draft.plan,
            planOutdated: !retarget && draft.plan !== null,
          },
        },
      };
    }),
  setPlan: (tableId, plan) =>
    set((state) => ({
      drafts: {
        ...state.drafts,
        [tableId]: { ...(state.drafts[tableId] ?? emptyDraft()), plan, planOutdated: false },
      },
    })),
}));
