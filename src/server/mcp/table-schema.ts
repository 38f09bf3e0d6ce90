import { tableStatus } from '../services/engine/table-status.ts';
import type { Store } from '../services/store/store.ts';

/**
 * A table as an agent needs to know it before reading or writing rows: its columns with their types,
 * settings (an AI column's prompt, output format, labels, model) and whether they are required, and
 * how far its AI work has got. Ids and timestamps of columns are left out: tools name columns by name.
 */
export async function tableSchema(store: Store, tableId: string) {
  const table = await store.tables.get(tableId);
  return {
    id: table.id,
    name: table.name,
    description: table.description,
    rowCount: table.rowCount,
    version: table.version,
    status: await tableStatus(store, table),
    columns: table.columns.map((column) => ({
      name: column.name,
      displayName: column.displayName,
      dataType: column.dataType,
      required: column.required,
      ...(column.defaultValue === null ? {} : { defaultValue: column.defaultValue }),
      config: column.config,
    })),
  };
}
