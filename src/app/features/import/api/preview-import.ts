import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ImportPreview } from '../../../../contract/imports.ts';
import { api } from '../../../api/api-client.ts';
import { importKeys } from './import-keys.ts';

/** Headers, first rows, row count and inferred columns of a document, for a table or a new one. */
export function previewImport(documentId: string, tableId: string | null): Promise<ImportPreview> {
  const path = tableId ? `/tables/${encodeURIComponent(tableId)}/import` : '/tables/import';
  return api.post<ImportPreview>(path, { documentId, preview: true });
}

/** The preview of a document never changes, so it is fetched once. */
export function previewImportQueryOptions(documentId: string, tableId: string | null) {
  return queryOptions({
    queryKey: importKeys.preview(documentId, tableId),
    queryFn: () => previewImport(documentId, tableId),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePreviewImport(documentId: string, tableId: string | null) {
  return useQuery(previewImportQueryOptions(documentId, tableId));
}
