import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { rowMetadata } from '../../db/schema.ts';
import type { RowHook } from '../store/row-hooks.ts';

export type Metadata = Record<string, unknown>;

/** Stores (or replaces) the metadata of rows; a row given null metadata keeps none. */
export async function writeRowMetadata(
  executor: Executor,
  tableId: string,
  entries: Array<{ rowId: string; metadata: Metadata | null }>,
): Promise<void> {
  const kept = entries.filter((entry) => entry.metadata !== null);
  const cleared = entries.filter((entry) => entry.metadata === null).map((entry) => entry.rowId);
  if (cleared.length > 0) await executor.delete(rowMetadata).where(inArray(rowMetadata.rowId, cleared));
  if (kept.length === 0) return;
  await executor
    .insert(rowMetadata)
    .values(kept.map((entry) => ({ rowId: entry.rowId, tableId, metadata: entry.metadata })))
    .onConflictDoUpdate({ target: rowMetadata.rowId, set: { metadata: sql`excluded.metadata` } });
}

/** The metadata of rows by id; rows without any are absent. */
export async function readRowMetadata(executor: Executor, rowIds: string[]): Promise<Map<string, Metadata>> {
  if (rowIds.length === 0) return new Map();
  const records = await executor.select().from(rowMetadata).where(inArray(rowMetadata.rowId, rowIds));
  return new Map(records.map((record) => [record.rowId, record.metadata as Metadata]));
}

/** A deleted row's metadata goes with it, whoever deletes the row (/v1, /api, the grid). */
export const rowMetadataHook: RowHook = {
  name: 'row-metadata',
  statements: ({ changes }) => {
    const deleted = changes.filter((change) => change.after === null).map((change) => change.rowId);
    return deleted.length === 0
      ? []
      : [sql`DELETE FROM row_metadata WHERE row_id = ANY(${`{${deleted.join(',')}}`}::uuid[])`];
  },
};
