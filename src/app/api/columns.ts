import type {
  AddColumnInput,
  Column,
  UpdateColumnInput,
  UpdateColumnResult,
} from '../../contract/columns.ts';
import { columnApi } from '../../contract/routes/columns.ts';
import { callRoute } from './typed-client.ts';

/** Puts the table's columns in a new order; the list must name every column once. */
export function reorderColumns(tableId: string, columnIds: string[]): Promise<Column[]> {
  return callRoute(columnApi.reorder, { params: { id: tableId }, body: { columnIds } });
}

/** Renames, retypes or reconfigures a column; a type change reports what it converted. */
export function updateColumn(
  tableId: string,
  columnId: string,
  input: UpdateColumnInput,
): Promise<UpdateColumnResult> {
  return callRoute(columnApi.update, { params: { id: tableId, columnId }, body: input });
}

/** Adds a column at a position. */
export function addColumn(tableId: string, input: AddColumnInput): Promise<Column> {
  return callRoute(columnApi.add, { params: { id: tableId }, body: input });
}

/** Deletes a column and its values. */
export async function deleteColumn(tableId: string, columnId: string): Promise<void> {
  await callRoute(columnApi.remove, { params: { id: tableId, columnId } });
}
