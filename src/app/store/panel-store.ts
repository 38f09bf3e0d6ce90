import { create } from 'zustand';
import type { DataType } from '../../contract/data-types/index.ts';

/** What the right-hand side panel shows; later panels (triggers, charts, enrichment) add kinds here. */
export type Panel =
  | { kind: 'history'; tableId: string }
  | { kind: 'row'; tableId: string; rowId: string }
  /** A column's settings. */
  | { kind: 'column'; tableId: string; columnId: string }
  /** A new column of a type set up in a panel of its own (AI), named `name` in the add-column form. */
  | { kind: 'new-column'; tableId: string; dataType: DataType; name: string }
  /** The table's AI runs, with cancel and rollback. */
  | { kind: 'runs'; tableId: string }
  /** One AI cell: its prompt, answer, error, cost; unlock and rerun. */
  | { kind: 'cell'; tableId: string; rowId: string; column: string }
  | { kind: 'charts'; tableId: string }
  | { kind: 'triggers'; tableId: string }
  /** Enrich a column: plan, preview, run and history; `column` when opened from its menu. */
  | { kind: 'enrich'; tableId: string; column?: string };

/** The rowId that opens the row panel on an empty form for a new row: row ids are UUIDs, so it names no real row. */
export const NEW_ROW_ID = 'new';

interface PanelState {
  panel: Panel | null;
  openPanel: (panel: Panel) => void;
  closePanel: () => void;
}

/** The side-panel slot: one panel open at a time. */
export const usePanelStore = create<PanelState>()((set) => ({
  panel: null,
  openPanel: (panel) => set({ panel }),
  closePanel: () => set({ panel: null }),
}));
