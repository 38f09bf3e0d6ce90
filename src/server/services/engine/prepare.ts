import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/database.ts';
import type { Providers } from '../ai/providers.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import { NotFoundError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import type { AiColumnMeta, TableMeta } from '../store/table-meta.ts';
import { type CellAnswerer, type PromptAddition, promptAdditions } from './cell-answerers.ts';
import type { ClaimedCell } from './claim.ts';
import { aiInputsOf, type InputState, prepareCell } from './prepare-cell.ts';
import type { PlanCellPreparer, PreparedCell, UnpreparedCell } from './prepared-cell.ts';
import { runPlans } from './run-plans.ts';

export type { CellJob, PreparedCell, UnpreparedCell } from './prepared-cell.ts';

export interface PrepareOptions {
  webSearch: boolean;
  /** The capabilities that answer some columns' cells their own way or add to prompts (cell-answerers.ts). */
  answerers: CellAnswerer[];
  planCell: PlanCellPreparer;
}

/**
 * Turns claimed cells into calls: loads their rows (one query per table), checks that the AI cells they
 * read have succeeded, renders their prompts and resolves provider and model (prepare-cell.ts).
 */
export async function prepareCells(
  store: Store,
  providers: Providers,
  cells: ClaimedCell[],
  options: PrepareOptions,
): Promise<Array<PreparedCell | UnpreparedCell>> {
  const byTable = new Map<string, ClaimedCell[]>();
  for (const cell of cells) byTable.set(cell.tableId, [...(byTable.get(cell.tableId) ?? []), cell]);
  const results: Array<PreparedCell | UnpreparedCell> = [];
  for (const [tableId, group] of byTable) {
    // Only a table that is gone fails its cells; a store that cannot answer (a restart) fails the claim,
    // and its cells go back to the queue when their lease ends.
    const table = await store.tables.get(tableId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (!table) {
      results.push(...group.map((cell) => ({ cell, error: 'The table was deleted' })));
      continue;
    }
    results.push(...(await prepareTable(store, providers, table, group, options)));
  }
  return results;
}

async function prepareTable(
  store: Store,
  providers: Providers,
  table: TableMeta,
  cells: ClaimedCell[],
  options: PrepareOptions,
): Promise<Array<PreparedCell | UnpreparedCell>> {
  const ids = `{${[...new Set(cells.map((cell) => cell.rowId))].join(',')}}`;
  const stored = await queryRows<StoredRow>(
    store.db,
    sql`SELECT ${sql.raw(selectList(table.columns))} FROM ${sql.raw(`"${table.storageName}"`)} WHERE id = ANY(${ids}::uuid[])`,
  );
  const rows = new Map(stored.map((row) => [row.id, decodeRow(table.id, table.columns, row)]));
  // Only columns reading other AI columns need to know how those cells stand.
  const readsAi = cells.some((cell) => {
    const column = table.columns.find((candidate) => candidate.id === cell.columnId);
    return column ? aiInputsOf(column, table.columns).length > 0 : false;
  });
  const states = readsAi
    ? await queryRows<{ row_id: string; column_id: string } & InputState>(
        store.db,
        sql`SELECT row_id, column_id, status, error FROM ai_cells WHERE row_id = ANY(${ids}::uuid[])`,
      )
    : [];
  const stateOf = new Map(states.map((state) => [`${state.row_id}:${state.column_id}`, state]));
  const plans = await runPlans(
    store.db,
    cells.flatMap((cell) => (cell.runId ? [cell.runId] : [])),
  );
  const additions = new Map<string, Promise<PromptAddition>>();
  const context = {
    answer: { store, providers, webSearch: options.webSearch },
    answerers: options.answerers,
    planCell: options.planCell,
    table,
    stateOf: (rowId: string, columnId: string) => stateOf.get(`${rowId}:${columnId}`),
    planOf: (runId: string | null) => (runId ? plans.get(runId) : undefined),
    additionsOf: (column: AiColumnMeta) =>
      additions.get(column.id) ??
      additions.set(column.id, promptAdditions(options.answerers, store.db, table, column)).get(column.id)!,
  };
  const results: Array<PreparedCell | UnpreparedCell> = [];
  for (const cell of cells) results.push(await prepareCell(context, cell, rows.get(cell.rowId)?.data));
  return results;
}
