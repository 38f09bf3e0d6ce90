import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

export const projects = pgTable('projects', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  ...timestamps,
});

/** Metadata of each user table; its rows live in a real SQL table named storage_name. */
export const userTables = pgTable(
  'user_tables',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description'),
    projectId: text('project_id'),
    source: text('source').notNull().default('manual'),
    storageName: text('storage_name').notNull().unique(),
    rowCount: bigint('row_count', { mode: 'number' }).notNull().default(0),
    /** The change sequence: grows with every write to the table. */
    version: bigint('version', { mode: 'number' }).notNull().default(0),
    ...timestamps,
  },
  (t) => [index('user_tables_project_idx').on(t.projectId)],
);

export const userColumns = pgTable(
  'user_columns',
  {
    id: uuid('id').primaryKey(),
    tableId: uuid('table_id')
      .notNull()
      .references(() => userTables.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    displayName: text('display_name').notNull(),
    dataType: text('data_type').notNull(),
    position: integer('position').notNull(),
    required: boolean('required').notNull().default(false),
    defaultValue: text('default_value'),
    config: jsonb('config').notNull().default(sql`'{}'::jsonb`),
    storageName: text('storage_name').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('user_columns_table_name_idx').on(t.tableId, t.name)],
);

/**
 * One entry per row change, written in the same transaction as the change. Kept lean because every
 * inserted row writes one: no foreign key (deleting a table removes its entries explicitly), `json`
 * rather than `jsonb` (never queried inside), and two indexes: by row (the primary key) and by table.
 */
export const rowHistory = pgTable(
  'row_history',
  {
    id: uuid('id').notNull(),
    tableId: uuid('table_id').notNull(),
    rowId: uuid('row_id').notNull(),
    action: text('action').notNull(),
    version: integer('version').notNull(),
    data: json('data').notNull(),
    changedBy: text('changed_by'),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.rowId, t.id] }), index('row_history_table_idx').on(t.tableId, t.id)],
);

// Import, export and templates (documents, import audit records, user templates).
export * from './schema-io.ts';
