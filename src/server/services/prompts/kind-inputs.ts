import type { AnyColumnConfig } from '../../../contract/data-types/index.ts';

/** What is read of a column (the engine's ColumnShape, named here without importing it). */
type ColumnShape = { name: string; config: AnyColumnConfig };

/** The company facts a people finder without a prompt of its own reads (a company table's system columns). */
const FINDER_DEFAULT_INPUTS = ['company_name', 'company_website'];

/**
 * The columns a people finder reads when its prompt names none: the company system columns the table
 * has. Undefined for every other column (its prompt says what it reads).
 */
export function defaultInputs(column: ColumnShape, columns: ColumnShape[]): string[] | undefined {
  if (column.config.kind !== 'company_people_finder' || column.config.prompt?.trim()) return undefined;
  return FINDER_DEFAULT_INPUTS.filter((name) => columns.some((other) => other.name === name));
}
