import { isAiColumn } from '../../../contract/column-of.ts';
import type { Row } from '../../../contract/rows.ts';
import type { V1Cell, V1Row } from '../../../contract/v1/rows.ts';
import { inputsOf } from '../../services/prompts/dependencies.ts';
import type { TableMeta } from '../../services/store/table-meta.ts';
import type { Metadata } from '../../services/v1/row-metadata.ts';

const empty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * One cell as Extruct shows it. An AI cell has the engine's status (`waiting`, asked for but with
 * nothing to read yet, is `created`: nothing was requested); a typed cell is `done` once it holds a
 * value, `created` while empty, and changed when its row last did.
 */
function cellOf(table: TableMeta, row: Row, name: string): V1Cell {
  const value = row.data[name] ?? null;
  const column = table.columns.find((candidate) => candidate.name === name);
  if (column?.dataType !== 'ai') {
    return { value, status: empty(value) ? 'created' : 'done', updated_at: row.updatedAt };
  }
  const state = row.cells?.[name];
  if (!state) return { value, status: empty(value) ? 'created' : 'done', updated_at: null };
  return {
    value,
    status: state.status === 'waiting' ? 'created' : state.status,
    updated_at: state.updatedAt,
  };
}

/** The typed columns that some AI column reads: an empty one leaves the row missing inputs. */
function readInputs(table: TableMeta): string[] {
  const ai = table.columns.filter(isAiColumn);
  const read = new Set(ai.flatMap((column) => inputsOf(column, table.columns)));
  return table.columns
    .filter((column) => column.dataType !== 'ai' && read.has(column.name))
    .map((c) => c.name);
}

/** Every column of a row as a cell. */
const cellsOf = (table: TableMeta, row: Row): Record<string, V1Cell> =>
  Object.fromEntries(table.columns.map((column) => [column.name, cellOf(table, row, column.name)]));

/**
 * Rows as RowDataOutputSchema: every column a cell, the row's metadata, and for a row of a people table
 * filled by a people finder its parent (the company row) and that row's cells. company_profile_id stays
 * null: a company's profile is its row's company_profile cell, not a record of its own
 * (docs/table-kinds.md).
 */
export function v1Rows(
  table: TableMeta,
  rows: Row[],
  metadata: Map<string, Metadata>,
  parents: { table: TableMeta; parents: Map<string, Row> } | null,
): V1Row[] {
  const inputs = readInputs(table);
  return rows.map((row) => {
    const parent = parents?.parents.get(row.id);
    return {
      id: row.id,
      created_at: row.createdAt,
      parent_row_id: parent?.id ?? null,
      company_profile_id: null,
      data: cellsOf(table, row),
      metadata: metadata.get(row.id) ?? null,
      parent_data: parents && parent ? cellsOf(parents.table, parent) : null,
      is_missing_inputs: inputs.some((name) => empty(row.data[name])),
    };
  });
}
