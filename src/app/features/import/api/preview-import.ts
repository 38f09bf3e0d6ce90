import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ImportPreview } from '../../../../contract/imports.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { isPreview, postImport } from './post-import.ts';

/** Headers, first rows, row count and inferred columns of a document, for a table or a new one. */
export async function previewImport(documentId: string, tableId: string | null): Promise<ImportPreview> {
  const answer = await postImport(tableId, { documentId, preview: true });
  if (!isPreview(answer)) throw new Error('The server imported the file instead of previewing it');
  return answer;
}

/** The preview of a document never changes, so it is fetched once. */
export function previewImportQueryOptions(documentId: string, tableId: string | null) {
  return queryOptions({
    queryKey: queryKeys.importPreview(documentId, tableId),
    queryFn: () => previewImport(documentId, tableId),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePreviewImport(documentId: string, tableId: string | null) {
  return useQuery(previewImportQueryOptions(documentId, tableId));
}
