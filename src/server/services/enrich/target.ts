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
    : column.dataType === 'ai'
      ? { path: 'targetColumn', message: `"${name}" is an AI column: run it instead (POST /tables/{id}/run)` }
      : !FORMATS[column.dataType]
        ? { path: 'targetColumn', message: `Columns of type ${column.dataType} cannot be enriched` }
        : column.dataType === 'multiselect' && !column.config.options?.length
          ? { path: 'targetColumn', message: `Give "${name}" its options before enriching it` }
          : undefined;
  if (problem) throw new ValidationError(problem.message, [problem]);
  return column as ColumnMeta;
}

/** The values a select or multiselect target allows; null for other types. */
export const allowedOptions = (column: ColumnMeta): string[] | null =>
  column.dataType === 'select' || column.dataType === 'multiselect' ? (column.config.options ?? null) : null;

/** The output format and config an answer for this column is read with. */
export function answerConfig(column: ColumnMeta): { format: OutputFormat; config: ColumnConfig } {
  // A select without options takes any text.
  const format =
    column.dataType === 'select' && !column.config.options?.length
      ? 'text'
      : (FORMATS[column.dataType] ?? 'text');
  const labels = column.dataType === 'boolean' ? YES_NO : column.config.options;
  return { format, config: { ...(labels && { labels }) } };
}

/** The answer as the column stores it (a yes/no label as a boolean). */
export const storedValue = (column: ColumnMeta, value: unknown): unknown =>
  column.dataType === 'boolean' && typeof value === 'string' ? value === 'Yes' : value;
