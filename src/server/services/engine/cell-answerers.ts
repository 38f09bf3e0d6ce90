import type { RowData } from '../../../contract/rows.ts';
import type { Executor } from '../../db/database.ts';
import type { Providers } from '../ai/providers.ts';
import type { CellPrompt } from '../prompts/cell-prompt.ts';
import type { Store } from '../store/store.ts';
import type { AiColumnMeta, TableMeta } from '../store/table-meta.ts';
import type { ClaimedCell } from './claim.ts';
import type { PreparedCell, UnpreparedCell } from './prepared-cell.ts';

/** What an answerer prepares a cell with. */
export interface AnswerContext {
  store: Store;
  providers: Providers;
  /** Whether research columns can search the web (a SearXNG instance is configured). */
  webSearch: boolean;
}

/** A column's prompt for one row, with what an answerer adds to it. */
export type PromptAddition = (rowId: string, data: RowData, prompt: CellPrompt) => CellPrompt;

/**
 * A capability that answers the cells of some AI columns its own way (kinds/: company, people finder
 * and contact columns) or adds to the prompts of the others (learning/: the verified answers most like
 * the row). The engine knows none of them: they are registered at startup (capabilities.ts), as the
 * store's row, column and cell hooks are.
 */
export interface CellAnswerer {
  name: string;
  /** How a cell of a column it answers is called; undefined for other columns (they ask their prompt). */
  prepare?(
    context: AnswerContext,
    table: TableMeta,
    column: AiColumnMeta,
    cell: ClaimedCell,
    data: RowData,
  ): Promise<PreparedCell | UnpreparedCell | undefined>;
  /** What goes with the column's prompts, read once for many rows (a batch of a run, an estimate, a preview). */
  additions?(executor: Executor, table: TableMeta, column: AiColumnMeta): Promise<PromptAddition>;
}

/** The cell as the first answerer that answers its column prepares it; undefined when none does. */
export async function answererCell(
  answerers: CellAnswerer[],
  context: AnswerContext,
  table: TableMeta,
  column: AiColumnMeta,
  cell: ClaimedCell,
  data: RowData,
): Promise<PreparedCell | UnpreparedCell | undefined> {
  for (const answerer of answerers) {
    const prepared = await answerer.prepare?.(context, table, column, cell, data);
    if (prepared) return prepared;
  }
  return undefined;
}

/** The column's prompts with every answerer's additions, in the order they were registered. */
export async function promptAdditions(
  answerers: CellAnswerer[],
  executor: Executor,
  table: TableMeta,
  column: AiColumnMeta,
): Promise<PromptAddition> {
  const additions = await Promise.all(
    answerers.flatMap((answerer) =>
      answerer.additions ? [answerer.additions(executor, table, column)] : [],
    ),
  );
  return (rowId, data, prompt) => additions.reduce((current, add) => add(rowId, data, current), prompt);
}

/** Prompts as they are: for a column that has no cells to learn from yet (a preview of a new column). */
export const NO_ADDITIONS: PromptAddition = (_rowId, _data, prompt) => prompt;
