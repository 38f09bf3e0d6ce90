import { create } from 'zustand';

/** Where an import goes: a new table made from the file, or a table that exists. */
export type ImportTarget = { kind: 'new'; projectId: string | null } | { kind: 'table'; tableId: string };

interface ImportWizardState {
  target: ImportTarget | null;
  /** The uploaded file, once there is one; then the import started from it. */
  documentId: string | null;
  importId: string | null;
  open: (target: ImportTarget) => void;
  close: () => void;
  setDocument: (documentId: string | null) => void;
  setImport: (importId: string) => void;
}

/** UI state of the import wizard: open or not, and how far along. Server data stays in React Query. */
export const useImportWizardStore = create<ImportWizardState>()((set) => ({
  target: null,
  documentId: null,
  importId: null,
  open: (target) => set({ target, documentId: null, importId: null }),
  close: () => set({ target: null, documentId: null, importId: null }),
  setDocument: (documentId) => set({ documentId, importId: null }),
  setImport: (importId) => set({ importId }),
}));
