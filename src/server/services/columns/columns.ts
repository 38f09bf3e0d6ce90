import { and, eq } from 'drizzle-orm';
import type {
  AddColumnInput,
  Column,
  UpdateColumnInput,
  UpdateColumnResult,
} from '../../../contract/columns.ts';
import type { AnyColumnConfig } from '../../../contract/data-types/index.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import { serverColumnTypeOf, storageOf } from '../../column-types/index.ts';
import type { Executor } from '../../db/database.ts';
import { userColumns } from '../../db/schema.ts';
import { convertStorageColumn, distinctTextValues, dropStorageColumn } from '../../db/user-table-ddl.ts';
import { cellColumnErrors, followRename } from '../store/cell-hooks.ts';
import { problemDetails } from '../store/column-hooks.ts';
import { NotFoundError, ValidationError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import { type ColumnMeta, type TableMeta, toColumn } from '../store/table-meta.ts';
import { applyColumnChange, checkColumnChange } from './column-change.ts';
import { checkColumnDef } from './column-defs.ts';
import { insertColumns } from './insert-columns.ts';

const MAX_SEEDED_OPTIONS = 200;

function findColumn(table: TableMeta, columnId: string): ColumnMeta {
  const column = table.columns.find((candidate) => candidate.id === columnId || candidate.name === columnId);
  if (!column) throw new NotFoundError('Column not found');
  return column;
}

function nameTaken(table: TableMeta, name: string, except?: string): ErrorDetail[] {
  const taken = table.columns.some((column) => column.name === name && column.id !== except);
  return taken ? [{ path: 'name', message: `Column name "${name}" is already used` }] : [];
}

/** Whether a change needs another SQL type: a type change, or an AI column's output format (a number, a list). */
const storageChanges = (
  before: ColumnMeta,
  after: { dataType: ColumnMeta['dataType']; config: AnyColumnConfig },
) => storageOf(before).sqlType !== storageOf(after).sqlType;

/** Writes positions 0..n-1 in the given order. */
async function renumber(tx: Executor, tableId: string, orderedIds: string[]): Promise<void> {
  for (const [position, id] of orderedIds.entries()) {
    await tx
      .update(userColumns)
      .set({ position })
      .where(and(eq(userColumns.id, id), eq(userColumns.tableId, tableId)));
  }
}

/** Adds a column at the end, or at `position` shifting the ones after it right. */
export async function addColumn(store: Store, tableId: string, input: AddColumnInput): Promise<Column> {
  const table = await store.tables.get(tableId);
  const added = {
    name: input.name,
    displayName: input.displayName,
    dataType: input.dataType,
    config: input.config ?? {},
  };
  const errors = [
    ...nameTaken(table, input.name),
    ...checkColumnDef(input, '').map((error) => ({ ...error, path: error.path.replace(/^\./, '') })),
    ...cellColumnErrors(store.cellHooks, [...table.columns, added], (name) =>
      name === input.name ? 'config' : `columns.${name}`,
    ),
  ];
  const problems = await checkColumnChange(store, {
    tableId,
    before: table.columns,
    after: [...table.columns, added],
  });
  errors.push(...problemDetails(problems, (name) => (name === input.name ? '' : null)));
  if (errors.length > 0) throw new ValidationError('Invalid column', errors);
  const position = Math.min(input.position ?? table.columns.length, table.columns.length);
  await store.db.transaction(async (tx) => {
    await insertColumns(tx, tableId, table.storageName, [{ ...input, position: table.columns.length }], 0);
    const [stored] = await tx
      .select({ id: userColumns.id })
      .from(userColumns)
      .where(and(eq(userColumns.tableId, tableId), eq(userColumns.name, input.name)));
    const ids = table.columns.map((column) => column.id);
    ids.splice(position, 0, stored!.id);
    await renumber(tx, tableId, ids);
    await applyColumnChange(store, tx, tableId, table.columns);
    await advanceTableVersion(store, tx, tableId, 0, { columns: true });
  });
  return toColumn(findColumn(await store.tables.get(tableId), input.name));
}

/** Renames, retypes (converting stored values) or reconfigures a column. */
export async function updateColumn(
  store: Store,
  tableId: string,
  columnId: string,
  input: UpdateColumnInput,
): Promise<UpdateColumnResult> {
  const table = await store.tables.get(tableId);
  const column = findColumn(table, columnId);
  const dataType = input.dataType ?? column.dataType;
  // The old type's config with the change's fields over it: any type's, as a type change carries the
  // config across (fields the new type does not read are kept, as the wire keeps them).
  const config: AnyColumnConfig = { ...column.config, ...input.config };
  // An AI column changing output format may need another SQL type, as a type change does.
  const typeChanges = dataType !== column.dataType || storageChanges(column, { dataType, config });
  const name = input.name ?? column.name;
  const displayName = input.displayName ?? column.displayName;
  const after = followRename(
    store.cellHooks,
    table.columns,
    column.name,
    { name, displayName },
    table.columns.map((other) =>
      other.id === column.id ? { ...other, name, displayName, dataType, config } : other,
    ),
  );
  const defaultValue = input.defaultValue === undefined ? column.defaultValue : input.defaultValue;
  const errors = [
    ...(input.name !== undefined ? nameTaken(table, input.name, column.id) : []),
    ...checkColumnDef({ dataType, defaultValue, config }, '').map((error) => ({
      ...error,
      path: error.path.replace(/^\./, ''),
    })),
    ...cellColumnErrors(store.cellHooks, after, (other) => (other === name ? 'config' : `columns.${other}`)),
  ];
  const problems = await checkColumnChange(store, { tableId, before: table.columns, after });
  errors.push(...problemDetails(problems, (other) => (other === name ? '' : null)));
  if (errors.length > 0) throw new ValidationError('Invalid column', errors);
  let conversion: UpdateColumnResult['conversion'];
  await store.db.transaction(async (tx) => {
    if (typeChanges) {
      // Options are seeded when neither the change nor the column had any.
      if (serverColumnTypeOf(dataType).seedsOptions && !config.options) {
        config.options = await distinctTextValues(
          tx,
          table.storageName,
          column.storageName,
          column,
          MAX_SEEDED_OPTIONS,
        );
      }
      conversion = await convertStorageColumn(tx, table.storageName, column.storageName, column, {
        dataType,
        config,
      });
    }
    await tx
      .update(userColumns)
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.displayName !== undefined && { displayName: input.displayName }),
        ...(input.required !== undefined && { required: input.required }),
        dataType,
        config,
        defaultValue,
        updatedAt: new Date(),
      })
      .where(eq(userColumns.id, column.id));
    await applyColumnChange(store, tx, tableId, table.columns);
    const version = await advanceTableVersion(store, tx, tableId, 0, { columns: true });
    for (const hook of store.cellHooks)
      await hook.columnChanged?.(tx, table, column, { name, displayName, dataType, config }, version);
  });
  const updated = toColumn(findColumn(await store.tables.get(tableId), column.id));
  return conversion ? { ...updated, conversion } : updated;
}

/** Removes a column and its values from every row. */
export async function deleteColumn(store: Store, tableId: string, columnId: string): Promise<void> {
  const table = await store.tables.get(tableId);
  const column = findColumn(table, columnId);
  const readers = store.cellHooks.flatMap((hook) => hook.readersOf?.(column.name, table.columns) ?? []);
  if (readers.length > 0) {
    throw new ValidationError(`Column "${column.name}" is read by AI columns`, [
      {
        path: 'columnId',
        message: `Change the prompts of ${readers.map((reader) => `"${reader}"`).join(', ')} before deleting "${column.name}"`,
      },
    ]);
  }
  const after = table.columns.filter((other) => other.id !== column.id);
  const problems = await checkColumnChange(store, { tableId, before: table.columns, after });
  if (problems.length > 0)
    throw new ValidationError(
      `Column "${column.name}" is in use`,
      problemDetails(problems, () => null),
    );
  await store.db.transaction(async (tx) => {
    await tx.delete(userColumns).where(eq(userColumns.id, column.id));
    for (const hook of store.cellHooks) await hook.columnDeleted?.(tx, column.id);
    await dropStorageColumn(tx, table.storageName, column.storageName);
    await renumber(
      tx,
      tableId,
      table.columns.filter((other) => other.id !== column.id).map((other) => other.id),
    );
    await applyColumnChange(store, tx, tableId, table.columns);
    await advanceTableVersion(store, tx, tableId, 0, { columns: true });
  });
}

/** Sets the display order; the ids must name every column of the table exactly once. */
export async function reorderColumns(store: Store, tableId: string, columnIds: string[]): Promise<Column[]> {
  const table = await store.tables.get(tableId);
  const known = new Set(table.columns.map((column) => column.id));
  const given = new Set(columnIds);
  const unknown = columnIds.filter((id) => !known.has(id));
  if (unknown.length > 0 || given.size !== columnIds.length || given.size !== known.size) {
    throw new ValidationError('columnIds must list every column of the table exactly once', [
      ...unknown.map((id) => ({ path: 'columnIds', message: `Unknown column id "${id}"` })),
      ...(given.size !== columnIds.length ? [{ path: 'columnIds', message: 'Duplicate column ids' }] : []),
      ...[...known]
        .filter((id) => !given.has(id))
        .map((id) => ({ path: 'columnIds', message: `Missing column id "${id}"` })),
    ]);
  }
  await store.db.transaction(async (tx) => {
    await renumber(tx, tableId, columnIds);
    await advanceTableVersion(store, tx, tableId, 0, { columns: true });
  });
  return (await store.tables.get(tableId)).columns.map(toColumn);
}
