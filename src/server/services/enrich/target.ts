import type { OutputFormat } from '../../../contract/ai/config.ts';
import type { ColumnConfig } from '../../../contract/data-types/index.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import { ValidationError } from '../errors.ts';
import type { ColumnMeta, TableMeta } from '../table-meta.ts';

/** How an enrichment answer is asked for, by the target column's type; other types cannot be enriched. */
const FORMATS: Partial<Record<ColumnMeta['dataType'], OutputFormat>> = {
  text: 'text',
  number: 'number',
  date: 'date',
  url: 'url',
  email: 'email',
  select: 'label',
  multiselect: 'multiselect',
  boolean: 'label',
};

/** A yes/no target is asked as a label and stored as true or false. */
export const YES_NO = ['Yes', 'No'];

/** The enrichment target: a column by name, of a type an answer can fill; 400 otherwise. */
export function targetColumn(table: TableMeta, name: string): ColumnMeta {
  const column = table.columns.find((candidate) => candidate.name === name);
  const problem: ErrorDetail | undefined = !column
    ? { path: 'targetColumn', message: `Unknown column "${name}"` }
    : !FORMATS[column.dataType]
      ? { path: 'targetColumn', message: `Columns of type ${column.dataType} cannot be enriched` }
      : undefined;
  if (problem) throw new ValidationError(problem.message, [problem]);
  return column as ColumnMeta;
}

/** The output format and config an answer for this column is read with. */
export function answerConfig(column: ColumnMeta): { format: OutputFormat; config: ColumnConfig } {
  const format = FORMATS[column.dataType] ?? 'text';
  const labels = column.dataType === 'boolean' ? YES_NO : column.config.options;
  return { format, config: { ...(labels && { labels }) } };
}

/** The answer as the column stores it (a yes/no label as a boolean). */
export const storedValue = (column: ColumnMeta, value: unknown): unknown =>
  column.dataType === 'boolean' && typeof value === 'string' ? value === 'Yes' : value;
