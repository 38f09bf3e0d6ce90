import type { RowData } from '../../../contract/rows.ts';
import { dataText, valueText } from '../prompts/cell-prompt.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';

/** Columns an enrichment reads at most, and how much of one value: a prompt stays a prompt. */
const MAX_COLUMNS = 30;
const MAX_VALUE_CHARS = 500;

/** The columns an enrichment binds for each row: every column but the target, in display order. */
export function bindingColumns(table: TableMeta, target: ColumnMeta): ColumnMeta[] {
  return table.columns.filter((column) => column.id !== target.id).slice(0, MAX_COLUMNS);
}

/** A row's values as an enrichment sees them: the non-empty bound columns, long text shortened. */
export function rowBindings(columns: ColumnMeta[], data: RowData): Record<string, unknown> {
  const bound: Record<string, unknown> = {};
  for (const column of columns) {
    const value = data[column.name];
    if (valueText(value) === null) continue;
    bound[column.name] =
      typeof value === 'string' && value.length > MAX_VALUE_CHARS
        ? `${value.slice(0, MAX_VALUE_CHARS)}…`
        : value;
  }
  return bound;
}

/** The bound values as the lines a prompt shows: `- Label (name): "value"`. */
export function bindingLines(columns: ColumnMeta[], bound: Record<string, unknown>): string {
  const lines = columns.flatMap((column) => {
    const text = dataText(bound[column.name]);
    if (text === null) return [];
    const label = column.displayName !== column.name ? `${column.displayName} (${column.name})` : column.name;
    return [`- ${label}: ${text}`];
  });
  return lines.length > 0 ? lines.join('\n') : '(the row has no values)';
}
