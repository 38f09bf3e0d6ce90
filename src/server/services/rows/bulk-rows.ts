import { sql } from 'drizzle-orm';
import type { Row } from '../../../contract/rows.ts';
import { storageOf } from '../../column-types/index.ts';
import type { BulkStep } from '../../db/bulk-load.ts';
import { copyEscape, copyField } from '../../db/copy-text.ts';
import { newId } from '../store/ids.ts';
import { hookStatements, type WriteSource } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import { advanceVersionStatement, currentVersion } from '../store/table-changes.ts';
import type { TableMeta } from '../store/table-meta.ts';

const STAGE = 'ait_history_stage';

/**
 * Stores new rows through the bulk path, in one transaction: the version advance (which also locks
 * the table against other writers and keeps row_count right), the rows by COPY, their `create`
 * history entries, what the row hooks do about them, and `extra` statements (an import's progress).
 *
 * An entry's `seq` is the table's version after the advance, known only inside the transaction, and
 * COPY cannot compute a column. On PostgreSQL (native or external) the history is copied straight into
 * row_history with the version the advance returned (the load runs its steps one by one); PGlite takes
 * the whole load as one message, so there the entries go through a temporary table and reach
 * row_history in one INSERT ... SELECT that reads the version (the staging table and that INSERT cost
 * ~15 ms a 1,000-row batch on PostgreSQL, inside the table's version lock: bench/RESULTS.md).
 */
export async function bulkInsertRows(
  store: Store,
  table: TableMeta,
  rows: Row[],
  how: { source: WriteSource; actor: string | null; extra?: BulkStep[] },
): Promise<void> {
  return (await prepareBulkInsert(store, table, rows, how))();
}

/**
 * Rows encoded between two turns of the event loop: a bulk load in flight on PostgreSQL needs a turn
 * for each statement's reply, so one long encoding would hold the load up (by ~50 ms a batch).
 */
const ENCODE_SLICE_ROWS = 1_000;

/**
 * `bulkInsertRows` in two steps: the COPY data and statements are built now, and stored when the
 * returned function is called. An import builds its next batch while the last one is being stored.
 */
export async function prepareBulkInsert(
  store: Store,
  table: TableMeta,
  rows: Row[],
  how: { source: WriteSource; actor: string | null; extra?: BulkStep[] },
): Promise<() => Promise<void>> {
  if (rows.length === 0 && !how.extra?.length) return async () => undefined;
  // Computed values arrive filled in by the row hooks' derive, and are stored like the others.
  const columns = table.columns;
  const stored = columns.map((column) => ({ name: column.name, kind: storageOf(column).kind }));
  const direct = store.engine === 'postgres';
  const at = rows[0]?.createdAt ?? new Date().toISOString();
  const rowLines: string[] = [];
  const historyLines: string[] = [];
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % ENCODE_SLICE_ROWS === 0) await new Promise(setImmediate);
    const fields = [row.id, '1', copyField('text', row.createdBy), row.createdAt, row.updatedAt];
    for (const { name, kind } of stored) fields.push(copyField(kind, row.data[name]));
    rowLines.push(fields.join('\t'));
    const data = copyEscape(JSON.stringify(row.data));
    const changedBy = copyField('text', row.createdBy);
    // Straight into row_history: all but its last two fields (seq, created_at), added once seq is known.
    historyLines.push(
      direct
        ? [newId(), table.id, row.id, 'create', '1', data, changedBy].join('\t')
        : [newId(), row.id, data, changedBy].join('\t'),
    );
  }
  const history: BulkStep[] = direct
    ? [
        {
          copyInto: 'row_history',
          columns: [
            'id',
            'table_id',
            'row_id',
            'action',
            'version',
            'data',
            'changed_by',
            'seq',
            'created_at',
          ],
          // The rows the version advance returned (it is the last statement before this step).
          data: (returned) => {
            const seq = Number(returned[0]?.version);
            if (!Number.isInteger(seq)) throw new Error(`table ${table.id} has no version to write under`);
            const tail = `\t${seq}\t${at}\n`;
            return historyLines.map((line) => line + tail).join('');
          },
        },
      ]
    : [
        sql.raw(
          `CREATE TEMPORARY TABLE ${STAGE} (id uuid, row_id uuid, data json, changed_by text) ON COMMIT DROP`,
        ),
        {
          copyInto: STAGE,
          columns: ['id', 'row_id', 'data', 'changed_by'],
          data: `${historyLines.join('\n')}\n`,
        },
        sql`INSERT INTO row_history (id, table_id, row_id, action, version, data, changed_by, seq, created_at)
            SELECT id, ${table.id}, row_id, 'create', 1, data, changed_by, ${currentVersion(table.id)}, ${at}::timestamptz
            FROM ${sql.raw(STAGE)}`,
      ];
  const steps: BulkStep[] = [];
  if (rows.length > 0) {
    steps.push(
      advanceVersionStatement(table.id, rows.length),
      {
        copyInto: table.storageName,
        columns: [
          'id',
          'version',
          'created_by',
          'created_at',
          'updated_at',
          ...columns.map((c) => c.storageName),
        ],
        data: `${rowLines.join('\n')}\n`,
      },
      ...history,
      ...hookStatements(store.rowHooks, {
        table,
        changes: rows.map((row) => ({ rowId: row.id, before: null, after: row.data })),
        source: how.source,
        actor: how.actor,
      }),
    );
  }
  steps.push(...(how.extra ?? []));
  return async () => {
    // A write to the table begins: cached metadata (row count, version) is no longer served.
    if (rows.length > 0) store.tables.changed(table.id);
    await store.bulkLoad(steps, { background: how.source === 'import' });
  };
}
