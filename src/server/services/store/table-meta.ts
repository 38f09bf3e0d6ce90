import { asc, eq } from 'drizzle-orm';
import type { AiColumn } from '../../../contract/column-of.ts';
import type { Column } from '../../../contract/columns.ts';
import type { AnyColumnConfig, DataType } from '../../../contract/data-types/index.ts';
import type { Table, TableKind, TableSource, TableSummary } from '../../../contract/tables.ts';
import type { Executor } from '../../db/database.ts';
import { userColumns, userTables } from '../../db/schema.ts';
import { NotFoundError } from './errors.ts';
import { isUuid } from './ids.ts';

/** A column as the services see it: the API fields plus where its values are stored. */
export type ColumnMeta = Column & {
  storageName: string;
};

/** An AI column as the services see it: what the engine, enrichment and learning work on. */
export type AiColumnMeta = AiColumn<ColumnMeta>;

/** A table as the services see it: metadata, columns in display order, storage table name. */
export interface TableMeta extends TableSummary {
  storageName: string;
  columns: ColumnMeta[];
}

type TableRecord = typeof userTables.$inferSelect;
type ColumnRecord = typeof userColumns.$inferSelect;

export function toTableSummary(record: TableRecord): TableSummary {
  return {
    id: record.id,
    name: record.name,
    description: record.description,
    projectId: record.projectId,
    source: record.source as TableSource,
    kind: record.kind as TableKind,
    rowCount: Number(record.rowCount),
    version: Number(record.version),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

export function toColumnMeta(record: ColumnRecord): ColumnMeta {
  return {
    id: record.id,
    tableId: record.tableId,
    name: record.name,
    displayName: record.displayName,
    dataType: record.dataType as DataType,
    position: record.position,
    required: record.required,
    defaultValue: record.defaultValue,
    config: record.config as AnyColumnConfig,
    storageName: record.storageName,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** The public form of a column: storage details stay inside the server. */
export function toColumn({ storageName: _storage, ...column }: ColumnMeta): Column {
  return column;
}

/** The public form of a table, with the relationships read for it (see tables/table-relationships.ts). */
export function toTable(
  { storageName: _storage, columns, ...summary }: TableMeta,
  relationships: Pick<Table, 'childRelationships' | 'parentRelationships'>,
): Table {
  return { ...summary, columns: columns.map(toColumn), ...relationships };
}

/** A table's stored record, or throws "Table not found". */
export async function loadTableRecord(executor: Executor, tableId: string): Promise<TableRecord> {
  if (!isUuid(tableId)) throw new NotFoundError('Table not found');
  const [record] = await executor.select().from(userTables).where(eq(userTables.id, tableId));
  if (!record) throw new NotFoundError('Table not found');
  return record;
}

/** A table's metadata from its record, with its columns loaded, or given when known to be current. */
export async function tableMetaOf(
  executor: Executor,
  record: TableRecord,
  columns?: ColumnMeta[],
): Promise<TableMeta> {
  const loaded =
    columns ??
    (
      await executor
        .select()
        .from(userColumns)
        .where(eq(userColumns.tableId, record.id))
        .orderBy(asc(userColumns.position))
    ).map(toColumnMeta);
  return { ...toTableSummary(record), storageName: record.storageName, columns: loaded };
}

/** Loads a table with its columns, or throws "Table not found". */
export async function loadTable(executor: Executor, tableId: string): Promise<TableMeta> {
  return tableMetaOf(executor, await loadTableRecord(executor, tableId));
}
