import type { OutputFormat } from '../../../contract/ai/config.ts';
import { type AnyColumnConfig, type DataType, dataTypes } from '../../../contract/data-types/index.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import { type EnrichAnswer, serverColumnTypeOf } from '../../column-types/index.ts';
import { ValidationError } from '../store/errors.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';

/** The target's enrichment entry: how its answer is asked for and stored (the type's server entry). */
export const enrichOf = (column: ColumnMeta): EnrichAnswer<DataType> | undefined =>
  serverColumnTypeOf(column.dataType).enrich;

/** The enrichment target: a column by name, of a type an answer can fill; 400 otherwise. */
export function targetColumn(table: TableMeta, name: string): ColumnMeta {
  const column = table.columns.find((candidate) => candidate.name === name);
  const entry = column && enrichOf(column);
  const missing = column && dataTypes[column.dataType].enrichment?.missing?.(column.config);
  const problem: ErrorDetail | undefined = !column
    ? { path: 'targetColumn', message: `Unknown column "${name}"` }
    : column.dataType === 'ai'
      ? { path: 'targetColumn', message: `"${name}" is an AI column: run it instead (POST /tables/{id}/run)` }
      : !entry
        ? { path: 'targetColumn', message: `Columns of type ${column.dataType} cannot be enriched` }
        : missing
          ? { path: 'targetColumn', message: `Give "${name}" ${missing} before enriching it` }
          : undefined;
  if (problem) throw new ValidationError(problem.message, [problem]);
  return column as ColumnMeta;
}

/** The values a target allows (a select's or multiselect's options); null for other types. */
export const allowedOptions = (column: ColumnMeta): string[] | null =>
  enrichOf(column)?.options?.(column.config) ?? null;

/** The output format and config an answer for this column is read with. */
export function answerConfig(column: ColumnMeta): { format: OutputFormat; config: AnyColumnConfig } {
  const entry = enrichOf(column);
  const labels = entry?.labels?.(column.config) ?? entry?.options?.(column.config);
  return { format: entry?.format(column.config) ?? 'text', config: { ...(labels && { labels }) } };
}

/** The answer as the column stores it (a yes/no label as a boolean). */
export const storedValue = (column: ColumnMeta, value: unknown): unknown => {
  const stored = enrichOf(column)?.stored;
  return stored ? stored(value) : value;
};
