import { create } from 'zustand';

/** What the right-hand side panel shows; later panels (triggers, charts, enrichment) add kinds here. */
type Panel =
  | { kind: 'history'; tableId: string }
  | { kind: 'row'; tableId: string; rowId: string }
  | { kind: 'column'; tableId: string; columnId: string }
  | { kind: 'charts'; tableId: string }
  | { kind: 'triggers'; tableId: string };

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
