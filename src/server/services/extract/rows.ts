import { sql } from 'drizzle-orm';
import type {
  ExtractColumn,
  ExtractRow,
  ExtractRowsPage,
  ExtractRowsQuery,
} from '../../../contract/extract.ts';
import { queryRows } from '../../db/database.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import { NotFoundError, ValidationError } from '../store/errors.ts';
import { isUuid } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import type { ColumnMeta } from '../store/table-meta.ts';
import { isMissing } from './columns.ts';
import type { ValidationIssue } from './items.ts';
import { getJobRecord } from './jobs.ts';
import { getSchema } from './schemas.ts';

type Joined = StoredRow & {
  row_index: string | number;
  total: string | number;
  validation_status: string;
  validation_errors: ValidationIssue[];
  extracted: Record<string, unknown>;
  enhancement_status: Record<string, string>;
  source: { origin: string; excerpt: string };
  extracted_at: Date | string;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * One row as Lasso shows it: the table's current values, but a value that failed its type and is still
 * empty shows its raw text; edited when any value differs from what was extracted.
 */
function toExtractRow(
  record: Joined,
  columns: ExtractColumn[],
  tableId: string,
  tableColumns: ColumnMeta[],
): ExtractRow {
  const row = decodeRow(tableId, tableColumns, record);
  const invalid = new Set(record.validation_errors.map((issue) => issue.column));
  const values: Record<string, unknown> = {};
  let edited = false;
  for (const column of columns) {
    const current = row.data[column.key] ?? null;
    const extracted = record.extracted[column.key] ?? null;
    const showRaw = invalid.has(column.key) && isMissing(current);
    values[column.key] = showRaw ? extracted : current;
    if (invalid.has(column.key) ? !isMissing(current) : !same(current, extracted)) edited = true;
  }
  return {
    id: row.id,
    row_index: Number(record.row_index) - 1,
    data: values,
    validation_status: record.validation_status as ExtractRow['validation_status'],
    validation_errors: record.validation_errors,
    enhancement_status: record.enhancement_status,
    is_edited: edited,
    source: record.source,
    created_at: new Date(record.extracted_at).toISOString(),
  };
}

/** The extraction's columns besides the table's values, in every query below. */
const EXTRACT_FIELDS = sql`e.validation_status, e.validation_errors, e.extracted, e.enhancement_status, e.source,
  e.created_at AS extracted_at`;

/**
 * One row of an extraction by its id in the table (the app's row panel shows where its values came
 * from); "Row not found" when the extraction did not write it.
 */
export async function getExtractRow(store: Store, jobId: string, rowId: string): Promise<ExtractRow> {
  const job = await getJobRecord(store, jobId);
  const schema = await getSchema(store, job.schemaId);
  const table = await store.tables.get(job.tableId);
  const [record] = isUuid(rowId)
    ? await queryRows<Joined>(
        store.db,
        sql`SELECT ${sql.raw(selectList(table.columns, 't'))}, ${EXTRACT_FIELDS},
              (SELECT count(*) FROM extract_rows b WHERE b.job_id = e.job_id AND b.position <= e.position) AS row_index,
              1 AS total
            FROM extract_rows e JOIN ${sql.raw(`"${table.storageName}"`)} t ON t.id = e.row_id
            WHERE e.job_id = ${jobId} AND e.row_id = ${rowId}`,
      )
    : [];
  if (!record) throw new NotFoundError('Row not found');
  return toExtractRow(record, schema.columns, table.id, table.columns);
}

/**
 * A page of an extraction's rows as Lasso lists them: the table's current values (edits included;
 * a value that failed its type shows its raw text while its cell is empty), in document order or
 * sorted by a column, with validation, enhancement and whether a person edited the row.
 */
export async function listExtractRows(
  store: Store,
  jobId: string,
  query: ExtractRowsQuery,
): Promise<ExtractRowsPage> {
  const job = await getJobRecord(store, jobId);
  const schema = await getSchema(store, job.schemaId);
  const table = await store.tables.get(job.tableId);
  const sortColumn = query.sort_by
    ? table.columns.find((column) => column.name === query.sort_by)
    : undefined;
  if (query.sort_by && !sortColumn)
    throw new ValidationError('Unknown sort column', [
      { path: 'sort_by', message: `No column ${query.sort_by}` },
    ]);
  const direction = sql.raw(query.sort_order === 'desc' ? 'DESC' : 'ASC');
  const order = sortColumn
    ? sql`${sql.raw(`t."${sortColumn.storageName}"`)} ${direction} NULLS LAST, e.position`
    : sql`e.position ${direction}`;
  const records = await queryRows<Joined>(
    store.db,
    sql`SELECT ${sql.raw(selectList(table.columns, 't'))}, ${EXTRACT_FIELDS},
          row_number() OVER (ORDER BY e.position) AS row_index, count(*) OVER () AS total
        FROM extract_rows e JOIN ${sql.raw(`"${table.storageName}"`)} t ON t.id = e.row_id
        WHERE e.job_id = ${jobId}
        ORDER BY ${order}
        LIMIT ${query.limit} OFFSET ${(query.page - 1) * query.limit}`,
  );
  const total = records[0] ? Number(records[0].total) : await countRows(store, jobId, query);
  const data = records.map((record) => toExtractRow(record, schema.columns, table.id, table.columns));
  return {
    data,
    pagination: { page: query.page, limit: query.limit, total, total_pages: Math.ceil(total / query.limit) },
  };
}

/** The rows' count when the page asked for is past the end (the window count is then not there). */
async function countRows(store: Store, jobId: string, _query: ExtractRowsQuery): Promise<number> {
  const [record] = await queryRows<{ n: string | number }>(
    store.db,
    sql`SELECT count(*) AS n FROM extract_rows WHERE job_id = ${jobId}`,
  );
  return Number(record?.n ?? 0);
}
