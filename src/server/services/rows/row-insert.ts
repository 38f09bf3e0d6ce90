import { type SQL, sql } from 'drizzle-orm';
import type { Row } from '../../../contract/rows.ts';
import { newId } from '../store/ids.ts';
import { currentVersion } from '../store/table-changes.ts';
import type { TableMeta } from '../store/table-meta.ts';
import { recordsetColumns, toStorageRecord } from './row-codec.ts';

const SYSTEM = ['id', 'version', 'created_by', 'created_at', 'updated_at'];
const SYSTEM_TYPES = [
  'id uuid',
  'version integer',
  'created_by text',
  'created_at timestamptz',
  'updated_at timestamptz',
];

/**
 * One statement that writes rows, ids and versions included, into the table's storage and their history
 * entries (at the table's current version), over one JSON parameter: the batch insert's hot path. Run it
 * after the version was advanced in the same transaction.
 */
export function insertRowsStatement(table: TableMeta, rows: Row[], action: 'create' | 'rollback'): SQL {
  // Computed values arrive filled in by the row hooks' derive; a row without them stores NULL.
  const columns = table.columns;
  const payload = JSON.stringify(
    rows.map((row) => ({
      id: row.id,
      version: row.version,
      created_by: row.createdBy,
      created_at: row.createdAt,
      updated_at: row.updatedAt,
      ...toStorageRecord(columns, row.data),
      history_id: newId(),
      data: row.data,
    })),
  );
  const definition = [
    ...SYSTEM_TYPES,
    ...(columns.length > 0 ? [recordsetColumns(columns)] : []),
    'history_id uuid',
    'data json',
  ];
  const list = [...SYSTEM, ...columns.map((column) => `"${column.storageName}"`)].join(', ');
  return sql`WITH x AS MATERIALIZED (SELECT * FROM json_to_recordset(${payload}::json) AS x(${sql.raw(definition.join(', '))})),
      inserted AS (INSERT INTO ${sql.raw(`"${table.storageName}"`)} (${sql.raw(list)}) SELECT ${sql.raw(list)} FROM x)
      INSERT INTO row_history (id, table_id, row_id, action, version, data, changed_by, seq, created_at)
      SELECT history_id, ${table.id}, id, ${action}, version, data, created_by, ${currentVersion(table.id)}, created_at FROM x`;
}
