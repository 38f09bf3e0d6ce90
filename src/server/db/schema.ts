import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
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
    /** What a row is: generic, company (gets the company system columns) or people (contacts). */
    kind: text('kind').notNull().default('generic'),
    /** Labels a client gave the table (Extruct's `tags` on /v1); null when none were given. */
    tags: jsonb('tags').$type<string[]>(),
    storageName: text('storage_name').notNull().unique(),
    rowCount: bigint('row_count', { mode: 'number' }).notNull().default(0),
    /** The change sequence: grows with every write to the table. */
    version: bigint('version', { mode: 'number' }).notNull().default(0),
    /** The version at which columns last changed: a change feed says so, and clients reload them. */
    columnsVersion: bigint('columns_version', { mode: 'number' }).notNull().default(0),
    ...timestamps,
  },
  (t) => [index('user_tables_project_idx').on(t.projectId)],
);

/**
 * Tables made for another table's rows: a company table's people finder column fills a people table
 * whose rows point back to the company rows they were found for. Recorded once, read from both sides
 * (a table's child and parent relationships).
 */
export const tableRelationships = pgTable(
  'table_relationships',
  {
    parentTableId: uuid('parent_table_id')
      .notNull()
      .references(() => userTables.id, { onDelete: 'cascade' }),
    childTableId: uuid('child_table_id')
      .notNull()
      .references(() => userTables.id, { onDelete: 'cascade' }),
    /** company_people: people found for a company. */
    type: text('type').notNull(),
    /** The parent's column that fills the child table (its people finder). */
    columnId: uuid('column_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.parentTableId, t.columnId] }),
    index('table_relationships_child_idx').on(t.childTableId),
  ],
);

/**
 * The `metadata` object a /v1 client stored with a row (Extruct's rows carry one beside their data),
 * kept beside the row's table rather than in it: no user column holds it, and /api never shows it.
 */
export const rowMetadata = pgTable(
  'row_metadata',
  {
    rowId: uuid('row_id').primaryKey(),
    tableId: uuid('table_id')
      .notNull()
      .references(() => userTables.id, { onDelete: 'cascade' }),
    metadata: jsonb('metadata').notNull(),
  },
  (t) => [index('row_metadata_table_idx').on(t.tableId)],
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
 * rather than `jsonb` (never queried inside), and two indexes: by row (the primary key) and by table and
 * sequence.
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
  // By table and sequence: table history lists by it and the change feed reads what came after a version.
  (t) => [
    primaryKey({ columns: [t.rowId, t.id] }),
    index('row_history_table_seq_idx').on(t.tableId, t.seq, t.id),
  ],
);

/**
 * The state of every AI cell, keyed by row and column, and the engine's durable work queue: a run
 * marks cells `requested`; workers claim them (FOR UPDATE SKIP LOCKED) under a lease, call the
 * provider outside any transaction, and write the answer back. A crashed worker's cells return to the
 * queue when their lease expires. The value itself lives in the table's own column; `before_*` keep
 * what the cell held before the run that last wrote it, so that run can be rolled back.
 */
export const aiCells = pgTable(
  'ai_cells',
  {
    tableId: uuid('table_id').notNull(),
    rowId: uuid('row_id').notNull(),
    columnId: uuid('column_id').notNull(),
    status: text('status').notNull().default('created'),
    runId: uuid('run_id'),
    /** Position of the column in the chain of AI columns reading AI columns: lower runs first in a row. */
    depth: integer('depth').notNull().default(0),
    /** The queue key: the provider the column names, or "*" for the default one. */
    provider: text('provider'),
    /** The provider and model that produced the current answer. */
    calledProvider: text('called_provider'),
    attempts: integer('attempts').notNull().default(0),
    availableAt: timestamp('available_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }),
    leaseOwner: text('lease_owner'),
    error: text('error'),
    note: text('note'),
    stale: boolean('stale').notNull().default(false),
    locked: boolean('locked').notNull().default(false),
    inputHash: text('input_hash'),
    /** An enrichment cell's steps as they ran: each step's prompt, notes, tokens and time. */
    steps: jsonb('steps'),
    prompt: text('prompt'),
    raw: text('raw'),
    model: text('model'),
    tokensIn: integer('tokens_in'),
    tokensOut: integer('tokens_out'),
    latencyMs: integer('latency_ms'),
    beforeValue: jsonb('before_value'),
    beforeStatus: text('before_status'),
    beforeNote: text('before_note'),
    /**
     * The cell's run and `before_*` as they were when a run queued it: a cancel puts them back, so the
     * run that wrote the value can still roll it back after a later rerun was cancelled.
     */
    previous: jsonb('previous'),
    /**
     * A person's answer for the cell (confirmed or corrected), kept apart from the row's value: it is
     * what the column learns from and is evaluated against. Set means verified; the cell is locked too.
     */
    verifiedValue: jsonb('verified_value'),
    verifiedBy: text('verified_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true, mode: 'date' }),
    /** The verified examples the last call was sent (rows, inputs, answers), for the cell's detail. */
    examples: jsonb('examples'),
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.rowId, t.columnId] }),
    index('ai_cells_table_seq_idx').on(t.tableId, t.seq),
    index('ai_cells_queue_idx').on(t.availableAt).where(sql`status = 'requested'`),
    index('ai_cells_leases_idx').on(t.leaseUntil).where(sql`status = 'in_progress'`),
    index('ai_cells_run_idx').on(t.runId),
    index('ai_cells_column_idx').on(t.columnId),
    index('ai_cells_verified_idx').on(t.columnId, t.verifiedAt).where(sql`verified_at IS NOT NULL`),
  ],
);

/** Cells per table and status, kept by triggers on ai_cells so a status poll reads five numbers. */
export const aiCellCounts = pgTable(
  'ai_cell_counts',
  {
    tableId: uuid('table_id').notNull(),
    status: text('status').notNull(),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tableId, t.status] })],
);

/** One request to fill AI cells: which, how far along, what it cost. */
export const aiRuns = pgTable(
  'ai_runs',
  {
    id: uuid('id').primaryKey(),
    tableId: uuid('table_id').notNull(),
    columnIds: json('column_ids').notNull(),
    mode: text('mode').notNull(),
    status: text('status').notNull(),
    /** What started it: a person or script (api), a new or edited row (auto), a trigger, an enrichment. */
    origin: text('origin').notNull().default('api'),
    cellsQueued: integer('cells_queued').notNull().default(0),
    cellsDone: integer('cells_done').notNull().default(0),
    cellsFailed: integer('cells_failed').notNull().default(0),
    cellsCancelled: integer('cells_cancelled').notNull().default(0),
    tokensIn: bigint('tokens_in', { mode: 'number' }).notNull().default(0),
    tokensOut: bigint('tokens_out', { mode: 'number' }).notNull().default(0),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
    rolledBackAt: timestamp('rolled_back_at', { withTimezone: true, mode: 'date' }),
    /** Cells answered from the answer cache (answer-cache.ts) instead of a provider call. */
    cellsReused: integer('cells_reused').notNull().default(0),
    /** What the reused answers cost when they were first asked: tokens and dollars not spent again. */
    savedTokensIn: bigint('saved_tokens_in', { mode: 'number' }).notNull().default(0),
    savedTokensOut: bigint('saved_tokens_out', { mode: 'number' }).notNull().default(0),
    savedUsd: doublePrecision('saved_usd').notNull().default(0),
    /** Dollars spent on calls whose model has a price (prices.ts). */
    spentUsd: doublePrecision('spent_usd').notNull().default(0),
    /** Ceilings a budgeted run pauses at (run-budget.ts); null for none. */
    budgetTokens: bigint('budget_tokens', { mode: 'number' }),
    budgetUsd: doublePrecision('budget_usd'),
    pausedAt: timestamp('paused_at', { withTimezone: true, mode: 'date' }),
    /** An enrichment's plan (strategy, agent profile, steps): every row of the run is prompted by it. */
    plan: jsonb('plan'),
    /** An enrichment's workflow name, project and rows per step. */
    name: text('name'),
    projectId: text('project_id'),
    batchSize: integer('batch_size'),
  },
  (t) => [index('ai_runs_table_idx').on(t.tableId, t.createdAt)],
);

/**
 * Answers to AI requests, keyed by a hash of the full request (provider, model, system, prompt, examples,
 * output schema, tools): an identical request, in any run or table, is answered from here instead of
 * the provider. Only successful answers are kept. Research answers expire (the web changes).
 */
export const aiAnswers = pgTable('ai_answers', {
  key: text('key').primaryKey(),
  answer: jsonb('answer'),
  raw: text('raw'),
  /** A research answer's sources, an enrichment's steps: what the cell detail shows with the answer. */
  note: text('note'),
  steps: jsonb('steps'),
  model: text('model').notNull(),
  tokensIn: integer('tokens_in'),
  tokensOut: integer('tokens_out'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
});

/** Prices per model set in Settings, in US dollars per million tokens; they override prices.ts. */
export const aiPrices = pgTable('ai_prices', {
  model: text('model').primaryKey(),
  inputUsd: doublePrecision('input_usd').notNull(),
  outputUsd: doublePrecision('output_usd').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** AI providers added from the settings panel (those from the environment are not stored). */
export const aiProviders = pgTable('ai_providers', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  baseUrl: text('base_url'),
  apiKey: text('api_key'),
  defaultModel: text('default_model'),
  concurrency: integer('concurrency').notNull().default(8),
  ...timestamps,
});

/** The contact provider added from the settings panel (one; one from the environment is not stored). */
export const contactProviders = pgTable('contact_providers', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  baseUrl: text('base_url').notNull(),
  /** Sealed with the secret box, as AI provider keys are. */
  apiKey: text('api_key'),
  ...timestamps,
});

/** Automations of a table: when rows are added, updated or deleted (and a condition holds), act. */
export const triggers = pgTable(
  'triggers',
  {
    id: uuid('id').primaryKey(),
    tableId: uuid('table_id')
      .notNull()
      .references(() => userTables.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    triggerEvent: text('trigger_event').notNull(),
    condition: jsonb('condition'),
    actionType: text('action_type').notNull(),
    actionConfig: jsonb('action_config').notNull(),
    status: text('status').notNull().default('active'),
    fireCount: bigint('fire_count', { mode: 'number' }).notNull().default(0),
    lastFiredAt: timestamp('last_fired_at', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
    lastErrorAt: timestamp('last_error_at', { withTimezone: true, mode: 'date' }),
    ...timestamps,
  },
  (t) => [index('triggers_table_idx').on(t.tableId, t.triggerEvent)],
);

/**
 * The triggers' outbox: one entry per (trigger, changed row), inserted by a row hook in the transaction
 * of the row write, so an event exists exactly when its write committed. A dispatcher in the server
 * delivers entries after commit, retrying with backoff; several servers share the work by claiming
 * entries with FOR UPDATE SKIP LOCKED and a lease. Delivered entries are deleted; failed ones stay.
 */
export const triggerEvents = pgTable(
  'trigger_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    triggerId: uuid('trigger_id')
      .notNull()
      .references(() => triggers.id, { onDelete: 'cascade' }),
    tableId: uuid('table_id').notNull(),
    event: text('event').notNull(),
    rowId: uuid('row_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    /** Ids of the triggers whose actions led to this write: a trigger never fires twice in one chain. */
    chain: jsonb('chain').notNull().default(sql`'[]'::jsonb`),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('trigger_events_due_idx').on(t.status, t.nextAttemptAt)],
);

/** Saved charts of a table; `config` holds type, axes, aggregation, grouping and filters. */
export const charts = pgTable(
  'charts',
  {
    id: uuid('id').primaryKey(),
    tableId: uuid('table_id')
      .notNull()
      .references(() => userTables.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    config: jsonb('config').notNull(),
    ...timestamps,
  },
  (t) => [index('charts_table_idx').on(t.tableId)],
);

/** The dashboard of a table: which charts, in which order and size, as its users arranged them. */
export const dashboards = pgTable('dashboards', {
  tableId: uuid('table_id')
    .primaryKey()
    .references(() => userTables.id, { onDelete: 'cascade' }),
  items: jsonb('items').notNull().default(sql`'[]'::jsonb`),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
// Import, export and templates (documents, import audit records, user templates).
export * from './schema-io.ts';

/** Extraction schemas (Lasso-compatible): the columns an extraction fills, with their Lasso types. */
export const extractSchemas = pgTable('extract_schemas', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  isDefault: boolean('is_default').notNull().default(false),
  columns: jsonb('columns').notNull(),
  ...timestamps,
});

/** Files uploaded for extraction; the bytes are kept on disk under their id. */
export const extractFiles = pgTable('extract_files', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mimeType: text('mime_type').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * Extraction jobs: one per extraction table (a Lasso "table"), filling the ordinary table `table_id`.
 * Parsed by one server under a lease, then worked chunk by chunk (extract_chunks) by any server.
 */
export const extractJobs = pgTable(
  'extract_jobs',
  {
    id: text('id').primaryKey(),
    tableId: uuid('table_id').notNull(),
    name: text('name').notNull(),
    schemaId: text('schema_id').notNull(),
    /** queued, processing, completed or failed. */
    status: text('status').notNull().default('queued'),
    sourceType: text('source_type').notNull(),
    /** What to read: { text } or { fileIds } or { urls }. */
    source: jsonb('source').notNull(),
    /** Per file: name, size, and what happened to it (pages, skipped pages, error). */
    files: jsonb('files').notNull().default(sql`'[]'::jsonb`),
    additionalContext: text('additional_context'),
    enhancementContext: text('enhancement_context'),
    /** "provider:model" or a model name; the default model when null. */
    model: text('model'),
    /** Webhook: url and custom auth header (its value sealed with the secret box). */
    webhook: jsonb('webhook'),
    errorMessage: text('error_message'),
    extractChunks: integer('extract_chunks').notNull().default(0),
    enhanceChunks: integer('enhance_chunks').notNull().default(0),
    extractDone: integer('extract_done').notNull().default(0),
    enhanceDone: integer('enhance_done').notNull().default(0),
    totalRows: integer('total_rows').notNull().default(0),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }),
    attempts: integer('attempts').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('extract_jobs_status_idx').on(t.status)],
);

/** One chunk of a job's text (kind extract) or a batch of rows to complete (kind enhance). */
export const extractChunks = pgTable(
  'extract_chunks',
  {
    jobId: text('job_id')
      .notNull()
      .references(() => extractJobs.id, { onDelete: 'cascade' }),
    n: integer('n').notNull(),
    kind: text('kind').notNull().default('extract'),
    /** pending, in_progress, done or failed. */
    status: text('status').notNull().default('pending'),
    text: text('text').notNull(),
    /** Where the text comes from: "catalog.pdf p. 3-4". */
    origin: text('origin').notNull().default(''),
    providerKey: text('provider_key').notNull(),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }),
    attempts: integer('attempts').notNull().default(0),
    availableAt: timestamp('available_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    error: text('error'),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.n] }),
    index('extract_chunks_due_idx').on(t.status, t.availableAt),
  ],
);

/** What the extraction knows of each row it wrote: order, identity, validation, raw text, source. */
export const extractRows = pgTable(
  'extract_rows',
  {
    jobId: text('job_id')
      .notNull()
      .references(() => extractJobs.id, { onDelete: 'cascade' }),
    rowId: uuid('row_id').notNull(),
    /** Document order: chunk number * 10^6 + item number in the chunk. */
    position: bigint('position', { mode: 'number' }).notNull(),
    /** The item's identity (normalised key values): the same item seen in two chunks is one row. */
    identity: text('identity'),
    validationStatus: text('validation_status').notNull(),
    validationErrors: jsonb('validation_errors').notNull().default(sql`'[]'::jsonb`),
    /** Values as extracted, raw text kept where a value failed its type. */
    extracted: jsonb('extracted').notNull(),
    enhancementStatus: jsonb('enhancement_status').notNull().default(sql`'{}'::jsonb`),
    /** Where the values came from: chunk, origin (file and pages) and an excerpt. */
    source: jsonb('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.rowId] }),
    uniqueIndex('extract_rows_identity_idx').on(t.jobId, t.identity),
    index('extract_rows_position_idx').on(t.jobId, t.position),
  ],
);

/** Webhook deliveries of extraction jobs: one per event, every attempt in `attempts_log`. */
export const extractDeliveries = pgTable(
  'extract_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    jobId: text('job_id')
      .notNull()
      .references(() => extractJobs.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    body: text('body').notNull(),
    /** pending, delivered or abandoned. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    attemptsLog: jsonb('attempts_log').notNull().default(sql`'[]'::jsonb`),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('extract_deliveries_due_idx').on(t.status, t.nextAttemptAt)],
);
