import { and, eq, sql } from 'drizzle-orm';
import { columnResolver, type NamedColumn, referenceFor } from '../../../contract/ai/references.ts';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { AnyColumnConfig } from '../../../contract/data-types/index.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import type { Executor } from '../../db/database.ts';
import { userColumns } from '../../db/schema.ts';
import { checkAiColumns, rewriteReferences } from '../prompts/ai-column-rules.ts';
import { type ColumnShape, inputsOf } from '../prompts/dependencies.ts';
import type { ColumnMeta } from '../store/table-meta.ts';

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

/**
 * The columns as they are once a rename (of key or display name) is carried into the prompts that read
 * the renamed column: a reference written as the key gets the new key, one written as the display name
 * gets the new display name (or the key, when that name is no longer the column's alone).
 */
export function withRenamedReferences<T extends ColumnShape>(
  before: ColumnShape[],
  key: string,
  next: NamedColumn,
  after: T[],
): T[] {
  const old = before.find((column) => column.name === key);
  if (!old || (old.name === next.name && (old.displayName ?? '') === (next.displayName ?? ''))) return after;
  const readers = new Set(readersOf(key, before).map((reader) => reader.name));
  const resolve = columnResolver(before);
  const label = referenceFor(next, after);
  return after.map((column) =>
    readers.has(column.name)
      ? {
          ...column,
          config: {
            ...column.config,
            prompt: rewriteReferences(column.config.prompt ?? '', resolve, key, (written) =>
              written === key ? next.name : label,
            ),
          },
        }
      : column,
  );
}

/** Whether a config change makes a column's answers out of date (another prompt, model or format). */
function answersChange(before: AnyColumnConfig, after: AnyColumnConfig): boolean {
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

/**
 * What a column change means for AI cells, in the change's transaction: a renamed column (key or
 * display name) is renamed in the prompts that read it; a column that stops being AI loses its cells; an AI column whose prompt,
 * model or format changed has its answers marked stale.
 */
export async function applyAiColumnChange(
  tx: Executor,
  table: { id: string; columns: ColumnMeta[] },
  before: ColumnMeta,
  after: { name: string; displayName: string; dataType: ColumnMeta['dataType']; config: AnyColumnConfig },
  version: number,
): Promise<void> {
  const columns = table.columns.map((column) =>
    column.id === before.id ? { ...column, name: after.name, displayName: after.displayName } : column,
  );
  const renamed = withRenamedReferences(table.columns, before.name, after, columns);
  for (const reader of renamed.filter(isAiColumn)) {
    const was = table.columns.filter(isAiColumn).find((column) => column.id === reader.id);
    if (reader.id === before.id || was?.config.prompt === reader.config.prompt) continue;
    await tx
      .update(userColumns)
      .set({ config: reader.config })
      .where(and(eq(userColumns.tableId, table.id), eq(userColumns.id, reader.id)));
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
