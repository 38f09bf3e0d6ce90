import type { Row, RowData } from '../../../contract/rows.ts';
import { storageOf } from '../../column-types/index.ts';
import type { ColumnMeta } from '../store/table-meta.ts';

/** A row as the driver returns it: system columns plus one c_<hex> entry per user column. */
export type StoredRow = Record<string, unknown> & {
  id: string;
  version: number;
  created_by: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

const SYSTEM_COLUMNS = 'id, version, created_by, created_at, updated_at';

/** The select list of a user table: system columns, then every user column. */
export function selectList(columns: ColumnMeta[], alias = ''): string {
  const prefix = alias ? `${alias}.` : '';
  const system = SYSTEM_COLUMNS.split(', ').map((name) => prefix + name);
  return [...system, ...columns.map((column) => `${prefix}"${column.storageName}"`)].join(', ');
}

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

/** Turns a stored row into the API's row: values keyed by column name. */
export function decodeRow(tableId: string, columns: ColumnMeta[], stored: StoredRow): Row {
  const data: RowData = {};
  for (const column of columns) {
    const value = stored[column.storageName];
    data[column.name] = value === null || value === undefined ? null : storageOf(column).decode(value);
  }
  return {
    id: stored.id,
    tableId,
    data,
    version: Number(stored.version),
    createdBy: stored.created_by,
    createdAt: iso(stored.created_at),
    updatedAt: iso(stored.updated_at),
  };
}

/** The record definition for jsonb_to_recordset: how each storage column is typed. */
export function recordsetColumns(columns: ColumnMeta[]): string {
  return columns.map((column) => `"${column.storageName}" ${storageOf(column).sqlType}`).join(', ');
}

/** Keys a row's data by storage column, ready to be sent as JSON to jsonb_to_recordset. */
export function toStorageRecord(columns: ColumnMeta[], data: RowData): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of columns) {
    if (column.name in data) record[column.storageName] = data[column.name];
  }
  return record;
}
