import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ColumnMappingEntry, ImportResult, InvalidValues } from '../../../../contract/imports.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { isPreview, postImport } from './post-import.ts';

export interface StartImportInput {
  documentId: string;
  /** The table to import into; a new table is made from the file when null. */
  tableId: string | null;
  columnMapping: ColumnMappingEntry[];
  /** What a value that does not fit its column does: its cell left empty, or its row left out. */
  invalidValues: InvalidValues;
  name?: string;
  projectId?: string;
}

/** Starts an import in the background (async) and answers with its record at once. */
export async function startImport({ tableId, ...input }: StartImportInput): Promise<ImportResult> {
  const answer = await postImport(tableId, { ...input, async: true });
  if (isPreview(answer)) throw new Error('The server previewed the file instead of importing it');
  return answer;
}

/** Starts an import and seeds its record, which the progress view then polls. */
export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startImport,
    onSuccess: (record) => queryClient.setQueryData(queryKeys.importRun(record.importId), record),
  });
}
