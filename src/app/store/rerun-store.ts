import { create } from 'zustand';
import type { RunInput } from '../../contract/runs.ts';

/** A rerun someone asked for, waiting for its estimate and, when it is large, a confirmation. */
export interface RerunRequest {
  tableId: string;
  input: RunInput;
  /** The dialog's question: "Rerun everything?", "Rerun “Sentiment”?". */
  title: string;
  /** Always ask, with a spending limit to set: the run menu's "Run with a spending limit…". */
  askBudget?: boolean;
}

interface RerunState {
  request: RerunRequest | null;
  ask: (request: RerunRequest) => void;
  close: () => void;
}

/**
 * Reruns replace answers people have read and cost calls: the run menu and a column's menu both hand
 * theirs here, and one dialog (next to the run menu) estimates it and asks when it is large.
 */
export const useRerunStore = create<RerunState>((set) => ({
  request: null,
  ask: (request) => set({ request }),
  close: () => set({ request: null }),
}));

/** Above either, a rerun asks first: a few calls are cheap to redo, a table's worth is not. */
export const CONFIRM_CALLS = 20;
export const CONFIRM_COST_USD = 0.25;

/** Whether an estimate is large enough to ask before spending it. */
export const needsConfirmation = (estimate: { calls: number; costUsd: number | null }) =>
  estimate.calls > CONFIRM_CALLS || (estimate.costUsd ?? 0) > CONFIRM_COST_USD;
