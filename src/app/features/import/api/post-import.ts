import type { ImportNewTableInput, ImportPreview, ImportResult } from '../../../../contract/imports.ts';
import { importApi } from '../../../../contract/routes/imports.ts';
import { callRoute } from '../../../api/typed-client.ts';

/**
 * Posts an import (or its preview) to a table's import route, or to "new table from file" when
 * `tableId` is null. One route answers both a preview and an import, so the answer is either.
 */
export function postImport(
  tableId: string | null,
  body: ImportNewTableInput,
): Promise<ImportPreview | ImportResult> {
  return tableId
    ? callRoute(importApi.intoTable, { params: { id: tableId }, body })
    : callRoute(importApi.newTable, { body });
}

/** A preview holds the file's headers; an import's record does not. */
export const isPreview = (answer: ImportPreview | ImportResult): answer is ImportPreview =>
  'headers' in answer;
