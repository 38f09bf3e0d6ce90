import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** The one sidebar action in progress: an inline form or a confirmation. */
type SidebarAction =
  | { kind: 'new-table'; projectId: string | null }
  | { kind: 'rename-table'; tableId: string }
  | { kind: 'delete-table'; tableId: string }
  | { kind: 'new-project' }
  | { kind: 'rename-project'; projectId: string }
  | { kind: 'delete-project'; projectId: string };

interface SidebarState {
  /** Text that filters the table list by name. */
  search: string;
  action: SidebarAction | null;
  /** Project groups folded shut, by project id ("none" for tables without a project). */
  collapsed: string[];
  setSearch: (search: string) => void;
  /** Starts an action; one at a time, so starting one ends any other. */
  start: (action: SidebarAction) => void;
  end: () => void;
  toggleGroup: (groupId: string) => void;
}

/** UI state of the sidebar; folded groups survive a reload, the rest does not. */
export const useSidebarStore = create<SidebarState>()(
  persist(
    (set) => ({
      search: '',
      action: null,
      collapsed: [],
      setSearch: (search) => set({ search }),
      start: (action) => set({ action }),
      end: () => set({ action: null }),
      toggleGroup: (groupId) =>
        set((state) => ({
          collapsed: state.collapsed.includes(groupId)
            ? state.collapsed.filter((id) => id !== groupId)
            : [...state.collapsed, groupId],
        })),
    }),
    { name: 'ai-tables:sidebar', version: 1, partialize: (state) => ({ collapsed: state.collapsed }) },
  ),
);
