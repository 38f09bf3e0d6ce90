import { and, eq, sql } from 'drizzle-orm';
import type { ColumnConfig } from '../../../contract/data-types/index.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import type { Executor } from '../../db/database.ts';
import { userColumns } from '../../db/schema.ts';
import { storageOf } from '../../db/storage-types.ts';
import type { ColumnMeta } from '../table-meta.ts';
import { checkAiColumns, renameReference } from './ai-column-rules.ts';
import { type ColumnShape, inputsOf } from './dependencies.ts';

/** Errors for the AI columns of a table as it would be after a change, at the given request paths. */
export function aiColumnErrors(columns: ColumnShape[], pathOf: (name: string) => string): ErrorDetail[] {
  return checkAiColumns(columns, pathOf);
}

/** AI columns whose prompt (or criterion row) reads `name`, other than `name` itself. */
export function readersOf<T extends ColumnShape>(name: string, columns: T[]): T[] {
  return columns.filter(
    (column) =>
      column.dataType === 'ai' &&
      column.name !== name &&
      inputsOf(column, columns).includes(name) &&
      column.config.kind !== 'criterion_grade',
  );
}

/** The columns as they are once a rename is carried into the prompts that read the renamed column. */
export function withRenamedReferences<T extends ColumnShape>(columns: T[], from: string, to: string): T[] {
  if (from === to) return columns;
  const readers = new Set(readersOf(from, columns).map((reader) => reader.name));
  return columns.map((column) =>
    readers.has(column.name)
      ? {
          ...column,
          config: { ...column.config, prompt: renameReference(column.config.prompt ?? '', from, to) },
        }
      : column,
  );
}

/** Whether a config change makes a column's answers out of date (another prompt, model or format). */
function answersChange(before: ColumnConfig, after: ColumnConfig): boolean {
  const keys = [
    'kind',
    'prompt',
    'outputFormat',
    'labels',
    'outputSchema',
    'agentType',
    'criterion',
    'provider',
    'model',
  ] as const;
  return keys.some((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}

/** Whether an AI column's values need another SQL type after a config change. */
export const storageChanges = (
  before: ColumnMeta,
  after: { dataType: ColumnMeta['dataType']; config: ColumnConfig },
) => storageOf(before).sqlType !== storageOf(after).sqlType;

/**
 * What a column change means for AI cells, in the change's transaction: a renamed column is renamed in
 * the prompts that read it; a column that stops being AI loses its cells; an AI column whose prompt,
 * model or format changed has its answers marked stale.
 */
export async function applyAiColumnChange(
  tx: Executor,
  table: { id: string; columns: ColumnMeta[] },
  before: ColumnMeta,
  after: { name: string; dataType: ColumnMeta['dataType']; config: ColumnConfig },
  version: number,
): Promise<void> {
  if (after.name !== before.name) {
    const readers = new Set(readersOf(before.name, table.columns).map((reader) => reader.name));
    for (const reader of withRenamedReferences(table.columns, before.name, after.name)) {
      if (!readers.has(reader.name)) continue;
      await tx
        .update(userColumns)
        .set({ config: reader.config })
        .where(and(eq(userColumns.tableId, table.id), eq(userColumns.name, reader.name)));
    }
  }
  if (before.dataType === 'ai' && after.dataType !== 'ai') {
    await tx.execute(sql`DELETE FROM ai_cells WHERE column_id = ${before.id}`);
  } else if (before.dataType === 'ai' && answersChange(before.config, after.config)) {
    await tx.execute(
      sql`UPDATE ai_cells SET stale = true, seq = ${version}, updated_at = now()
          WHERE column_id = ${before.id} AND status IN ('done', 'failed') AND NOT locked AND NOT stale`,
    );
  }
}

/** Removes the cells of a deleted AI column. */
export async function deleteAiCells(tx: Executor, columnId: string): Promise<void> {
  await tx.execute(sql`DELETE FROM ai_cells WHERE column_id = ${columnId}`);
}
