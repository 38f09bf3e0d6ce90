import type {
  AddColumnInput,
  Column,
  UpdateColumnInput,
  UpdateColumnResult,
} from '../../../../contract/columns.ts';
import { api } from '../../../api/api-client.ts';

const columnsPath = (tableId: string) => `/tables/${encodeURIComponent(tableId)}/columns`;

/** Puts the table's columns in a new order; the list must name every column once. */
export function reorderColumns(tableId: string, columnIds: string[]): Promise<Column[]> {
  return api.patch<Column[]>(columnsPath(tableId), { columnIds });
}

/** Renames, retypes or reconfigures a column; a type change reports what it converted. */
export function updateColumn(
  tableId: string,
  columnId: string,
  input: UpdateColumnInput,
): Promise<UpdateColumnResult> {
  return api.patch<UpdateColumnResult>(`${columnsPath(tableId)}/${encodeURIComponent(columnId)}`, input);
}

/** Adds a column at a position. */
export function addColumn(tableId: string, input: AddColumnInput): Promise<Column> {
  return api.post<Column>(columnsPath(tableId), input);
}

/** Deletes a column and its values. */
export function deleteColumn(tableId: string, columnId: string): Promise<void> {
  return api.delete(`${columnsPath(tableId)}/${encodeURIComponent(columnId)}`);
}
