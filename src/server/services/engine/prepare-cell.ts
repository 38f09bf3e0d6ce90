import { isAiColumn } from '../../../contract/column-of.ts';
import type { RowData } from '../../../contract/rows.ts';
import { cellPrompt } from '../prompts/cell-prompt.ts';
import { inputsOf } from '../prompts/dependencies.ts';
import type { AiColumnMeta, ColumnMeta, TableMeta } from '../store/table-meta.ts';
import {
  type AnswerContext,
  answererCell,
  type CellAnswerer,
  type PromptAddition,
} from './cell-answerers.ts';
import type { ClaimedCell } from './claim.ts';
import { hasNothingToRead } from './nothing-to-read.ts';
import {
  type PlanCellPreparer,
  type PreparedCell,
  promptCell,
  researchScope,
  type UnpreparedCell,
} from './prepared-cell.ts';

/** How an AI cell stands, as far as a cell reading it cares. */
export interface InputState {
  status: string;
  error: string | null;
}

/** What preparing the claimed cells of one table needs, read once for all of them (prepare.ts). */
export interface TableContext {
  answer: AnswerContext;
  /** The capabilities that answer some columns' cells their own way (kinds), in order. */
  answerers: CellAnswerer[];
  planCell: PlanCellPreparer;
  table: TableMeta;
  /** How the AI cell of this row and column stands; only asked for columns that read AI columns. */
  stateOf(rowId: string, columnId: string): InputState | undefined;
  /** The plan of the cell's run, when that run is an enrichment. */
  planOf(runId: string | null): unknown;
  /** What the answerers add to the column's prompts (learning: the verified examples most like the row). */
  additionsOf(column: AiColumnMeta): Promise<PromptAddition>;
}

/**
 * Turns one claimed cell into a call, or says why it is not called: its row or column is gone, an AI
 * input failed or has no answer yet, or every input is empty (then it waits for one).
 */
export async function prepareCell(
  context: TableContext,
  cell: ClaimedCell,
  data: RowData | undefined,
): Promise<PreparedCell | UnpreparedCell> {
  const { table } = context;
  const column = table.columns.find((candidate) => candidate.id === cell.columnId);
  if (!data) return { cell, error: 'The row was deleted' };
  const plan = context.planOf(cell.runId);
  if (column && plan) return context.planCell(context.answer.providers, table, column, cell, plan, data);
  if (!column || !isAiColumn(column)) return { cell, error: 'The column is no longer an AI column' };

  const aiInputs = aiInputsOf(column, table.columns).map((input) => ({
    name: input.name,
    state: context.stateOf(cell.rowId, input.id),
  }));
  const failedInput = aiInputs.find(({ state }) => state?.status === 'failed');
  if (failedInput) {
    const { name, state } = failedInput;
    return { cell, error: `Its input {${name}} failed${state?.error ? `: ${state.error}` : ''}` };
  }
  // Inputs emptied since it was queued, or AI inputs that came back empty: nothing to ask about.
  if (hasNothingToRead(column, table.columns, data)) return { cell, waiting: true };
  const unanswered = aiInputs.find(({ name, state }) => data[name] == null && state?.status !== 'done');
  if (unanswered) {
    return { cell, error: `Its input {${unanswered.name}} has no answer yet: run that column first` };
  }
  const ownCell = await answererCell(context.answerers, context.answer, table, column, cell, data);
  if (ownCell) return ownCell;
  // Learning: the column's verified answers most like this row go with the prompt.
  const prompt = (await context.additionsOf(column))(
    cell.rowId,
    data,
    cellPrompt(column, table.columns, data),
  );
  return promptCell(
    context.answer.providers,
    column,
    cell,
    prompt,
    researchScope(column.config, context.answer.webSearch),
  );
}

/** The AI columns a column reads. */
export function aiInputsOf(column: ColumnMeta, columns: ColumnMeta[]): ColumnMeta[] {
  return inputsOf(column, columns).flatMap((name) => {
    const input = columns.find((candidate) => candidate.name === name);
    return input && isAiColumn(input) ? [input] : [];
  });
}
