import { z } from 'zod';
import { V1TableWithStatus } from './tables.ts';

const Metadata = z.record(z.string(), z.unknown());
const MAX_ROWS = 1000;

/** POST /v1/tables/{table_id}/rows: rows keyed by column key; `run` starts a run on them. */
export const V1CreateRowsInput = z.object({
  rows: z
    .array(z.object({ data: z.record(z.string(), z.unknown()), metadata: Metadata.nullable().optional() }))
    .min(1)
    .max(MAX_ROWS),
  run: z.boolean().default(false),
});
export type V1CreateRowsInput = z.infer<typeof V1CreateRowsInput>;

/** PATCH /v1/tables/{table_id}/rows: the keys given are changed, the others kept. */
export const V1UpdateRowsInput = z.object({
  rows: z
    .array(
      z.object({
        id: z.string(),
        data: z.record(z.string(), z.unknown()),
        metadata: Metadata.nullable().optional(),
      }),
    )
    .min(1)
    .max(MAX_ROWS),
  run: z.boolean().default(false),
});
export type V1UpdateRowsInput = z.infer<typeof V1UpdateRowsInput>;

/** DELETE /v1/tables/{table_id}/rows (the documents do not spell it out: see docs/v1.md). */
export const V1DeleteRowsInput = z.object({ rows: z.array(z.string()).min(1).max(MAX_ROWS) });

export const V1CellStatus = z.enum(['created', 'requested', 'in_progress', 'done', 'failed']);

/** TableCellDataSchema: one cell's value, status and when it last changed. */
export const V1Cell = z.object({
  value: z.unknown(),
  status: V1CellStatus,
  updated_at: z.string().nullable(),
});
export type V1Cell = z.infer<typeof V1Cell>;

/** RowDataOutputSchema, with Extruct's `is_missing_inputs`. */
export const V1Row = z.object({
  id: z.string(),
  created_at: z.string(),
  parent_row_id: z.string().nullable(),
  company_profile_id: z.string().nullable(),
  data: z.record(z.string(), V1Cell),
  metadata: Metadata.nullable(),
  parent_data: z.record(z.string(), V1Cell).nullable(),
  is_missing_inputs: z.boolean().describe('An input one of its output columns reads is empty'),
});
export type V1Row = z.infer<typeof V1Row>;

/** GET /v1/tables/{table_id}/data: limit omitted means every row. */
export const V1DataQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).optional(),
});

/** TableDataOutput. */
export const V1TableData = V1TableWithStatus.extend({
  rows: z.array(V1Row),
  discovery_tasks: z.null().describe('Discovery tasks are not part of this server'),
});
export type V1TableData = z.infer<typeof V1TableData>;
