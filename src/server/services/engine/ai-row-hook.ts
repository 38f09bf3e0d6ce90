import { type SQL, sql } from 'drizzle-orm';
import { isAiColumn } from '../../../contract/column-of.ts';
import { aiDepths, dependentsOf } from '../prompts/dependencies.ts';
import { changedColumns, type RowHook, type RowWrite } from '../store/row-hooks.ts';
import { currentVersion } from '../store/table-changes.ts';
import type { AiColumnMeta, TableMeta } from '../store/table-meta.ts';
import { nothingToRead } from './nothing-to-read.ts';
import { queueCellsStatement } from './queue-cells.ts';

const idArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * Queues a column's cells for these rows, as auto-run does (no run: they belong to nobody's request);
 * with `onlyWaiting`, only the cells waiting for input, whose inputs were just written.
 */
function autoQueue(
  table: TableMeta,
  column: AiColumnMeta,
  rowIds: string[],
  depth: number,
  onlyWaiting = false,
): SQL {
  return queueCellsStatement({
    table,
    column,
    depth,
    runId: null,
    mode: 'all',
    rows: sql`r.id = ANY(${idArray(rowIds)})`,
    overwrite: false,
    waitWhen: nothingToRead(column, table.columns),
    onlyWaiting,
  });
}

function statements({ table, changes }: RowWrite): SQL[] {
  const result: SQL[] = [];
  // Enrichments leave cells in columns of any type: a deleted row takes them with it.
  const deleted = changes.filter((change) => change.after === null).map((change) => change.rowId);
  if (deleted.length > 0) result.push(sql`DELETE FROM ai_cells WHERE row_id = ANY(${idArray(deleted)})`);
  const ai = table.columns.filter(isAiColumn);
  if (ai.length === 0) return result;
  const depths = aiDepths(table.columns);

  const added = changes.filter(
    (change) => change.before === null && change.after !== null && !change.changed,
  );
  const addedIds = added.map((change) => change.rowId);
  if (addedIds.length > 0) {
    for (const column of ai.filter((candidate) => candidate.config.autoRun)) {
      result.push(autoQueue(table, column, addedIds, depths.get(column.name) ?? 0));
    }
  }

  // Edited rows (and AI answers): the AI columns reading what changed are out of date, transitively.
  const staleRows = new Map<string, string[]>();
  for (const change of changes) {
    if (change.after === null || (change.before === null && !change.changed)) continue;
    for (const column of dependentsOf(changedColumns(change), table.columns)) {
      staleRows.set(column.id, [...(staleRows.get(column.id) ?? []), change.rowId]);
    }
  }
  for (const [columnId, rowIds] of staleRows) {
    result.push(
      sql`UPDATE ai_cells SET stale = true, seq = ${currentVersion(table.id)}, updated_at = now()
          WHERE column_id = ${columnId} AND row_id = ANY(${idArray(rowIds)})
            AND status IN ('done', 'failed', 'in_progress') AND NOT locked AND NOT stale`,
    );
    const column = ai.find((candidate) => candidate.id === columnId);
    // A cell waiting for input was asked for already: it runs now that it has something to read.
    if (column)
      result.push(autoQueue(table, column, rowIds, depths.get(column.name) ?? 0, !column.config.autoRun));
  }
  return result;
}

/**
 * What row writes mean for AI cells, in the write's transaction: a deleted row loses its cells; a new
 * row gets its auto-run columns queued; an edit marks the AI cells reading the changed columns stale
 * (through chains of AI columns) and queues those of auto-run columns again, and the cells that were
 * waiting for these inputs.
 */
export const aiRowHook: RowHook = { name: 'ai-cells', statements };
