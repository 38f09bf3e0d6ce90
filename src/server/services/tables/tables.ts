import { and, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type {
  CreateTableInput,
  ListTablesQuery,
  Table,
  TableSummary,
  UpdateTableInput,
} from '../../../contract/tables.ts';
import { aiCellCounts, aiCells, aiRuns, rowHistory, userTables } from '../../db/schema.ts';
import { createStorageTable, dropStorageTable } from '../../db/user-table-ddl.ts';
import { applyColumnChange, checkColumnChange } from '../columns/column-change.ts';
import { checkColumnDef, duplicateNames } from '../columns/column-defs.ts';
import { insertColumns } from '../columns/insert-columns.ts';
import { cellColumnErrors } from '../store/cell-hooks.ts';
import { problemDetails } from '../store/column-hooks.ts';
import { NotFoundError, ValidationError } from '../store/errors.ts';
import { newId, newStorageName } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import { startingColumns } from '../store/table-hooks.ts';
import { toTable, toTableSummary } from '../store/table-meta.ts';
import { relationshipsOf } from './table-relationships.ts';

export async function listTables(store: Store, query: ListTablesQuery): Promise<TableSummary[]> {
  const conditions: SQL[] = [];
  if (query.projectId) conditions.push(eq(userTables.projectId, query.projectId));
  if (query.source) conditions.push(eq(userTables.source, query.source));
  if (query.search)
    conditions.push(ilike(userTables.name, `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const records = await store.db
    .select()
    .from(userTables)
    .where(and(...conditions))
    .orderBy(sql`lower(${userTables.name})`, userTables.id);
  return records.map(toTableSummary);
}

export async function getTable(store: Store, tableId: string): Promise<Table> {
  const table = await store.tables.get(tableId);
  return toTable(table, await relationshipsOf(store.db, tableId));
}

export async function createTable(store: Store, input: CreateTableInput): Promise<Table> {
  if (input.templateId !== undefined) throw new NotFoundError('Template not found');
  const given = input.columns ?? [];
  const defs = startingColumns(store.tableHooks, input.kind, given);
  // Errors name a column by where the client sent it; a system column the kind added, by its name.
  const at = (name: string) => {
    const index = given.findIndex((def) => def.name === name);
    return index === -1 ? `columns.${name}` : `columns[${index}]`;
  };
  const errors = [
    // A kind adds no column the client named, so duplicates are among the columns sent.
    ...duplicateNames(
      given.map((def) => def.name),
      (index) => `columns[${index}].name`,
    ),
    ...defs.flatMap((def) => checkColumnDef(def, at(def.name))),
    ...cellColumnErrors(
      store.cellHooks,
      defs.map((def) => ({
        name: def.name,
        displayName: def.displayName ?? def.name,
        dataType: def.dataType,
        config: def.config ?? {},
      })),
      (name) => `${at(name)}.config`,
    ),
  ];
  if (errors.length === 0) {
    const after = defs.map((def) => ({ name: def.name, dataType: def.dataType, config: def.config ?? {} }));
    const problems = await checkColumnChange(store, { tableId: null, before: [], after });
    errors.push(...problemDetails(problems, at));
  }
  if (errors.length > 0) throw new ValidationError('Invalid columns', errors);
  // Positions given by the client order the columns; they are then renumbered 0..n-1.
  const ordered = defs
    .map((def, index) => ({ def, index }))
    .sort((a, b) => (a.def.position ?? a.index) - (b.def.position ?? b.index) || a.index - b.index)
    .map(({ def }, position) => ({ ...def, position }));
  const id = newId();
  const storageName = newStorageName('t');
  await store.db.transaction(async (tx) => {
    await tx.insert(userTables).values({
      id,
      name: input.name,
      description: input.description ?? null,
      projectId: input.projectId ?? null,
      source: input.source ?? 'manual',
      kind: input.kind ?? 'generic',
      storageName,
    });
    await createStorageTable(tx, storageName);
    await insertColumns(tx, id, storageName, ordered, 0);
    await applyColumnChange(store, tx, id, []);
  });
  return getTable(store, id);
}

export async function updateTable(store: Store, tableId: string, input: UpdateTableInput): Promise<Table> {
  await store.tables.get(tableId);
  const changes = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.projectId !== undefined && { projectId: input.projectId }),
  };
  // An empty patch changes nothing: no statement (an UPDATE needs a column to set), no new version.
  if (Object.keys(changes).length === 0) return getTable(store, tableId);
  await store.db.transaction(async (tx) => {
    await tx.update(userTables).set(changes).where(eq(userTables.id, tableId));
    await advanceTableVersion(store, tx, tableId);
  });
  return getTable(store, tableId);
}

/**
 * Deletes a table with everything that belongs to it: rows, columns, history. What other tables hold
 * about it (links to its rows) is followed first by the column hooks, in the same transaction.
 */
export async function deleteTable(store: Store, tableId: string): Promise<void> {
  const table = await store.tables.get(tableId);
  store.tables.changed(tableId);
  await store.db.transaction(async (tx) => {
    for (const hook of store.columnHooks) await hook.tableDeleted?.(tx, table);
    await tx.delete(rowHistory).where(eq(rowHistory.tableId, tableId));
    for (const table of [aiCells, aiCellCounts, aiRuns])
      await tx.delete(table).where(eq(table.tableId, tableId));
    await dropStorageTable(tx, table.storageName);
    await tx.delete(userTables).where(eq(userTables.id, tableId));
  });
}
