import { z } from 'zod';

/**
 * The Lasso-compatible extraction API (served under /api/v1): schemas, files, extraction tables and
 * their rows. Field names are snake_case as Lasso's are. Decisions: docs/extraction.md.
 */

export const ExtractColumnType = z.enum([
  'text',
  'number',
  'url',
  'email',
  'date',
  'boolean',
  'richtext',
  'enum',
  'tags',
  'image',
  'images',
  'json',
]);
export type ExtractColumnType = z.infer<typeof ExtractColumnType>;

export const ExtractColumn = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,62}$/, 'Use snake_case: lower-case letters, digits and _')
      .describe('snake_case key of the value in each row'),
    label: z.string().min(1).max(128),
    type: ExtractColumnType,
    required: z.boolean().optional(),
    description: z.string().max(2000).optional(),
    enum_values: z.array(z.string().min(1).max(256)).min(1).max(200).optional(),
  })
  .refine((column) => column.type !== 'enum' || column.enum_values !== undefined, {
    message: 'An enum column needs enum_values',
    path: ['enum_values'],
  });
export type ExtractColumn = z.infer<typeof ExtractColumn>;

export const CreateSchemaInput = z
  .object({
    name: z.string().min(1).max(256),
    description: z.string().max(4000).optional(),
    is_default: z.boolean().optional(),
    columns: z.array(ExtractColumn).min(1).max(200),
  })
  .refine((input) => new Set(input.columns.map((column) => column.key)).size === input.columns.length, {
    message: 'Column keys must be unique',
    path: ['columns'],
  });
export type CreateSchemaInput = z.infer<typeof CreateSchemaInput>;

export const ExtractSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  is_default: z.boolean(),
  columns: z.array(ExtractColumn),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ExtractSchema = z.infer<typeof ExtractSchema>;

export const ExtractFile = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number(),
  mime_type: z.string(),
  created_at: z.string(),
});
export type ExtractFile = z.infer<typeof ExtractFile>;

export const CreateExtractTableInput = z.object({
  schema_id: z.string().min(1),
  name: z.string().min(1).max(256),
  file_ids: z.array(z.string()).min(1).max(100).optional(),
  file_urls: z.array(z.url()).min(1).max(100).optional(),
  source_text: z.string().min(1).max(20_000_000).optional(),
  additional_context: z.string().max(20_000).optional(),
  enhancement_context: z.string().max(20_000).optional(),
  webhook_url: z.url().optional(),
  webhook_auth_header_name: z.string().min(1).max(256).optional(),
  webhook_auth_header_value: z.string().max(4096).optional(),
  /** Not Lasso's: the model to extract with ("provider:model" or a model name); the default otherwise. */
  model: z.string().min(1).max(256).optional(),
  /** Not Lasso's: the project the table is made in. */
  project_id: z.string().optional(),
});
export type CreateExtractTableInput = z.infer<typeof CreateExtractTableInput>;

/**
 * Not Lasso's: what an extraction would take, asked before it is created (the app shows it before
 * "Start"): the columns wanted and the same sources and context as a table. Nothing is stored.
 */
export const ExtractEstimateInput = CreateExtractTableInput.pick({
  file_ids: true,
  file_urls: true,
  source_text: true,
  additional_context: true,
  enhancement_context: true,
  model: true,
}).extend({ columns: z.array(ExtractColumn).min(1).max(200) });
export type ExtractEstimateInput = z.infer<typeof ExtractEstimateInput>;

export const ExtractTableStatus = z.enum(['queued', 'processing', 'completed', 'failed']);
export type ExtractTableStatus = z.infer<typeof ExtractTableStatus>;

/**
 * What became of one source: its pages, pages skipped (no text layer and no vision model to read them
 * drawn as images, or past the number of pages drawn) with the reason, or its error.
 */
export const ExtractTableFile = z.object({
  name: z.string(),
  path: z.string(),
  size: z.number(),
  pages: z.number().optional(),
  skipped_pages: z.array(z.number()).optional(),
  skipped_reason: z.string().optional(),
  error: z.string().optional(),
});
export type ExtractTableFile = z.infer<typeof ExtractTableFile>;

export const ExtractTable = z.object({
  id: z.string(),
  name: z.string(),
  schema_id: z.string(),
  status: ExtractTableStatus,
  progress: z.number().int(),
  total_rows: z.number().int(),
  source_type: z.enum(['files', 'text']),
  additional_context: z.string().nullable(),
  enhancement_context: z.string().nullable(),
  error_message: z.string().nullable(),
  files: z.array(ExtractTableFile),
  /** Not Lasso's: the ordinary table the extraction fills (open it in the app). */
  table_id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ExtractTable = z.infer<typeof ExtractTable>;

/** What an extraction would take: what the sources hold, the calls, tokens and cost. */
export const ExtractEstimate = z.object({
  files: z.array(ExtractTableFile).describe('Each source as read: pages, pages skipped, or why it failed'),
  pages: z.number().int().describe('Pages of the PDFs (and other paged sources) read'),
  characters: z.number().int().describe('Text read from the sources'),
  chunks: z.number().int(),
  calls: z
    .number()
    .int()
    .describe('Model calls: one per chunk (the enhancement pass adds about one per 10 rows)'),
  tokens_in: z.number().int(),
  tokens_out: z.number().int(),
  model: z.string().nullable(),
  cost_usd: z.number().nullable().describe("When the model's price is known"),
  error: z.string().nullable().describe('Why nothing could be extracted (no text, no provider), if so'),
});
export type ExtractEstimate = z.infer<typeof ExtractEstimate>;

export const ValidationStatus = z.enum(['valid', 'invalid']);

export const ExtractRow = z.object({
  id: z.string(),
  row_index: z.number().int(),
  data: z.record(z.string(), z.unknown()),
  validation_status: ValidationStatus,
  validation_errors: z.array(z.object({ column: z.string(), message: z.string(), raw: z.string() })),
  enhancement_status: z.record(z.string(), z.string()),
  is_edited: z.boolean(),
  /** Not Lasso's: where the values came from (file, pages, an excerpt of the text). */
  source: z.object({ origin: z.string(), excerpt: z.string() }),
  created_at: z.string(),
});
export type ExtractRow = z.infer<typeof ExtractRow>;

export const ExtractRowsQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  sort_by: z.string().optional(),
  sort_order: z.enum(['asc', 'desc']).default('asc'),
});
export type ExtractRowsQuery = z.infer<typeof ExtractRowsQuery>;

export const Pagination = z.object({
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
  total_pages: z.number().int(),
});

export const ExtractRowsPage = z.object({ data: z.array(ExtractRow), pagination: Pagination });
export type ExtractRowsPage = z.infer<typeof ExtractRowsPage>;

/** One attempt to deliver a webhook, as recorded. */
export const WebhookAttempt = z.object({
  delivery_id: z.string(),
  at: z.string(),
  status_code: z.number().nullable(),
  error: z.string().nullable(),
});

export const WebhookDelivery = z.object({
  event: z.string(),
  status: z.enum(['pending', 'delivered', 'abandoned']),
  attempts: z.array(WebhookAttempt),
  next_attempt_at: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
