import { create } from 'zustand';

interface TemplateGalleryState {
  /** Open, for a new table in this project (null: none); closed when undefined. */
  projectId: string | null | undefined;
  open: (projectId: string | null) => void;
  close: () => void;
}

/** Whether the "new table" gallery is open: UI state only. */
export const useTemplateGalleryStore = create<TemplateGalleryState>()((set) => ({
  projectId: undefined,
  open: (projectId) => set({ projectId }),
  close: () => set({ projectId: undefined }),
}));
