/**
 * Query keys of imports: an uploaded document's preview (per target table, or "new") and an import
 * run's record. Documents and imports are their own resources, not under a table.
 */
export const importKeys = {
  preview: (documentId: string, tableId: string | null) =>
    ['documents', documentId, 'preview', tableId ?? 'new'] as const,
  run: (importId: string) => ['imports', importId] as const,
};
