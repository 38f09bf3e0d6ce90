import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** Uploaded files waiting to be imported; the bytes live on disk under DATA_DIR/documents/<id>. */
export const documents = pgTable('documents', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  type: text('type').notNull(),
  encoding: text('encoding').notNull(),
  /** CSV delimiter found in the header line (`,`, `;`, tab, `|`). */
  delimiter: text('delimiter'),
  notes: jsonb('notes').notNull().default([]),
  /** What one full read of the file found (headers, row count, inferred types): kept so it is read once. */
  analysis: jsonb('analysis'),
  createdAt,
});

/** Each import's audit record, updated in the transaction of every batch it loads (its progress). */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey(),
    tableId: uuid('table_id').notNull(),
    documentId: uuid('document_id').notNull(),
    status: text('status').notNull(),
    totalRows: bigint('total_rows', { mode: 'number' }),
    rowsRead: bigint('rows_read', { mode: 'number' }).notNull().default(0),
    rowsImported: bigint('rows_imported', { mode: 'number' }).notNull().default(0),
    rowsSkipped: bigint('rows_skipped', { mode: 'number' }).notNull().default(0),
    /** skip_row or empty_cell: what a value that does not fit its column did to its row. */
    invalidValues: text('invalid_values').notNull().default('skip_row'),
    errors: jsonb('errors').notNull().default([]),
    /** Every refused value and unreadable record, each one a row of import_errors. */
    errorCount: bigint('error_count', { mode: 'number' }).notNull().default(0),
    columns: jsonb('columns').notNull().default([]),
    notes: jsonb('notes').notNull().default([]),
    message: text('message'),
    createdAt,
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('imports_table_idx').on(t.tableId)],
);

/**
 * Every value an import refused (and every record it could not read), written by COPY in the
 * transaction of the batch it belongs to, and read back in pages of `n` as the import's errors CSV.
 */
export const importErrors = pgTable(
  'import_errors',
  {
    importId: uuid('import_id').notNull(),
    /** Position among the import's errors, from 1: the CSV's order and its paging key. */
    n: integer('n').notNull(),
    row: bigint('row', { mode: 'number' }).notNull(),
    line: bigint('line', { mode: 'number' }),
    column: text('column_name'),
    value: text('value'),
    reason: text('reason').notNull(),
    outcome: text('outcome').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.n] })],
);

/** Templates people saved from their tables (system templates live in code). */
export const tableTemplates = pgTable('table_templates', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  category: text('category'),
  columns: jsonb('columns').notNull(),
  sampleRows: jsonb('sample_rows').notNull().default([]),
  sourceTableId: uuid('source_table_id'),
  createdAt,
});
