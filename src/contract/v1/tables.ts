import { z } from 'zod';
import { V1ColumnConfig } from './column-configs.ts';

export const V1TableKind = z.enum(['generic', 'company', 'people']);

/** POST /v1/tables (000_… CreateTableInput). */
export const V1CreateTableInput = z.object({
  name: z.string().trim().min(1).max(256).default('Untitled Table'),
  description: z.string().max(1024).nullable().optional(),
  tags: z.array(z.string().max(128)).max(100).nullable().optional(),
  kind: V1TableKind.default('company'),
  column_configs: z.array(V1ColumnConfig).max(500).nullable().optional(),
  notify: z.boolean().default(false).describe('Accepted; this server sends no notifications'),
  num_rows: z.number().int().min(0).max(1000).default(0).describe('Create this many empty rows'),
});
export type V1CreateTableInput = z.infer<typeof V1CreateTableInput>;

export const V1ColumnOutput = z.object({
  id: z.string(),
  created_at: z.string(),
  config: V1ColumnConfig.describe('The column config as it was sent'),
});
export type V1ColumnOutput = z.infer<typeof V1ColumnOutput>;

export const V1Relationship = z.object({
  table_id: z.string(),
  relationship_type: z.literal('company_people'),
});

/** TableHeaderOutput. */
export const V1TableHeader = z.object({
  id: z.string(),
  created_at: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  tags: z.array(z.string()).nullable(),
  kind: V1TableKind,
  columns: z.array(V1ColumnOutput),
  owner: z.object({ id: z.string(), email: z.string() }),
  child_relationships: z.array(V1Relationship),
  parent_relationships: z.array(V1Relationship),
});
export type V1TableHeader = z.infer<typeof V1TableHeader>;

/** TableStatus-Output: counts over non-input cells; idle when nothing is queued or running. */
export const V1TableStatus = z.object({
  num_rows: z.number().int(),
  num_output_columns: z.number().int(),
  num_input_columns: z.number().int(),
  num_cells_completed: z.number().int(),
  num_cells_in_progress: z.number().int(),
  num_columns: z.number().int(),
  run_status: z.enum(['running', 'idle']),
});
export type V1TableStatus = z.infer<typeof V1TableStatus>;

/** TableHeaderWithStatusOutput. */
export const V1TableWithStatus = V1TableHeader.extend({ status: V1TableStatus });
export type V1TableWithStatus = z.infer<typeof V1TableWithStatus>;
