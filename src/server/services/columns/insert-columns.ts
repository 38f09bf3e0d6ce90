import type { ColumnDef } from '../../../contract/columns.ts';
import type { Executor } from '../../db/database.ts';
import { userColumns } from '../../db/schema.ts';
import { addStorageColumn } from '../../db/user-table-ddl.ts';
import { newId, newStorageName } from '../store/ids.ts';

/** Adds columns to a table's metadata and storage, at the given positions. */
export async function insertColumns(
  tx: Executor,
  tableId: string,
  storageName: string,
  defs: ColumnDef[],
  firstPosition: number,
) {
  for (const [index, def] of defs.entries()) {
    const column = {
      id: newId(),
      tableId,
      name: def.name,
      displayName: def.displayName ?? def.name,
      dataType: def.dataType,
      position: def.position ?? firstPosition + index,
      required: def.required ?? false,
      defaultValue: def.defaultValue ?? null,
      config: def.config ?? {},
      storageName: newStorageName('c'),
    };
    await tx.insert(userColumns).values(column);
    await addStorageColumn(tx, storageName, column.storageName, column);
  }
}
