import { type SQL, sql } from 'drizzle-orm';
import type { RowData } from '../../../contract/rows.ts';
import { valueText } from '../prompts/cell-prompt.ts';
import { inputsOf } from '../prompts/dependencies.ts';
import type { ColumnMeta } from '../store/table-meta.ts';
import { emptyCondition } from './queue-cells.ts';

/** The columns an AI column's prompt (or criterion) reads, as they are now; unknown names left out. */
function inputColumns(column: ColumnMeta, columns: ColumnMeta[]): ColumnMeta[] {
  return inputsOf(column, columns).flatMap((name) => columns.filter((candidate) => candidate.name === name));
}

/**
 * The row (`r`) has nothing for this AI column to read: every column its prompt names is empty. Such a
 * cell waits instead of paying for an answer to "(empty)". Null (never waits) for a prompt naming no
 * column, and for one reading an AI column, whose value may still come in the same run: the engine
 * checks those when it claims the cell (`hasNothingToRead`).
 */
export function nothingToRead(column: ColumnMeta, columns: ColumnMeta[]): SQL | null {
  if (column.dataType !== 'ai') return null;
  const inputs = inputColumns(column, columns);
  if (inputs.length === 0 || inputs.some((input) => input.dataType === 'ai')) return null;
  return sql.join(
    inputs.map((input) => emptyCondition(input)),
    sql` AND `,
  );
}

/** The same test on a row's values, for a cell about to be called. */
export function hasNothingToRead(column: ColumnMeta, columns: ColumnMeta[], data: RowData): boolean {
  const inputs = inputColumns(column, columns);
  return inputs.length > 0 && inputs.every((input) => !valueText(data[input.name]));
}
