import { create } from 'zustand';

interface SettingsState {
  open: boolean;
  openSettings: () => void;
  closeSettings: () => void;
}

/** Whether the AI settings dialog (providers, keys, test connection) is open; any view may open it. */
export const useSettingsStore = create<SettingsState>()((set) => ({
  open: false,
  openSettings: () => set({ open: true }),
  closeSettings: () => set({ open: false }),
}));
