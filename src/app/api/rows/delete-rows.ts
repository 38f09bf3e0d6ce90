import { rowApi } from '../../../contract/routes/rows.ts';
import { getRowHistory } from '../history/get-row-history.ts';
import { rollbackRow } from '../history/rollback-row.ts';
import { callRoute } from '../typed-client.ts';

/** Deletes rows by id in one request (up to 1000). */
export async function deleteRows(tableId: string, ids: string[]): Promise<number> {
  const result = await callRoute(rowApi.removeMany, { params: { id: tableId }, body: { ids } });
  return result.deleted;
}

/** Brings deleted rows back: each is rolled back to its newest history entry, the deletion's. */
export async function restoreRows(tableId: string, ids: string[]): Promise<void> {
  await Promise.all(
    ids.map(async (rowId) => {
      const [newest] = await getRowHistory(tableId, rowId, 1);
      if (newest) await rollbackRow({ tableId, rowId, historyEntryId: newest.id });
    }),
  );
}
