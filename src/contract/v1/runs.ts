import { z } from 'zod';

/** POST /v1/tables/{table_id}/run: which cells (mode), scoped to rows and columns by id. */
export const V1RunInput = z.object({
  mode: z.enum(['new', 'all', 'failed', 'stuck_failed_new']).default('new'),
  rows: z.array(z.string()).max(10_000).nullable().optional(),
  columns: z.array(z.string()).max(100).nullable().optional(),
});
export type V1RunInput = z.infer<typeof V1RunInput>;

export const V1RunOutput = z.object({
  id: z.string(),
  created_at: z.string(),
  status: z.enum(['created', 'in_progress', 'done', 'failed']),
  rows: z.array(z.string()).nullable(),
  columns: z.array(z.string()).nullable(),
  num_requested_cells: z.number().int(),
  mode: V1RunInput.shape.mode,
});
export type V1RunOutput = z.infer<typeof V1RunOutput>;
