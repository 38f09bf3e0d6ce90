import type { Table } from '../../../contract/tables.ts';
import type { V1TableHeader, V1TableStatus } from '../../../contract/v1/tables.ts';
import { tableStatus } from '../../services/engine/table-status.ts';
import type { Store } from '../../services/store/store.ts';
import { getTable } from '../../services/tables/tables.ts';
import { tableTags } from '../../services/v1/table-tags.ts';
import { echoConfig, isInputColumn } from './column-echo.ts';

/**
 * The one owner of everything on this server: it has no user accounts, the access token is the whole
 * workspace. Extruct requires an owner on every table; this one says so plainly.
 */
export const OWNER = { id: '00000000-0000-0000-0000-000000000000', email: 'owner@localhost' };

const relationship = ({ tableId, type }: Table['childRelationships'][number]) => ({
  table_id: tableId,
  relationship_type: type,
});

/** TableHeaderOutput for a table: its columns as Extruct configs, its owner and relationships. */
export async function tableHeader(store: Store, tableId: string): Promise<V1TableHeader> {
  const table = await getTable(store, tableId);
  return {
    id: table.id,
    created_at: table.createdAt,
    name: table.name,
    description: table.description,
    tags: await tableTags(store, table.id),
    kind: table.kind,
    columns: table.columns.map((column) => ({
      id: column.id,
      created_at: column.createdAt,
      config: echoConfig(column),
    })),
    owner: OWNER,
    child_relationships: table.childRelationships.map(relationship),
    parent_relationships: table.parentRelationships.map(relationship),
  };
}

/** TableStatus: rows, columns by role, and the cells of output columns done or in progress. */
export async function v1TableStatus(store: Store, tableId: string): Promise<V1TableStatus> {
  const table = await store.tables.get(tableId);
  const status = await tableStatus(store, table);
  const inputs = table.columns.filter(isInputColumn).length;
  return {
    num_rows: status.num_rows,
    num_output_columns: table.columns.length - inputs,
    num_input_columns: inputs,
    num_cells_completed: status.num_cells_completed,
    num_cells_in_progress: status.num_cells_in_progress,
    num_columns: table.columns.length,
    run_status: status.run_status,
  };
}
