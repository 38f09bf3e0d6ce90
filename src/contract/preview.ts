import { z } from 'zod';
import { ColumnConfig } from './data-types/index.ts';

/** Try an AI column's settings on a few rows without saving anything. */
export const PreviewInput = z
  .object({
    name: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('The column being edited (its own name may not appear in its prompt)'),
    config: ColumnConfig,
    rowIds: z.array(z.string()).max(3).optional().describe('Rows to try it on; default the first three'),
  })
  .meta({ id: 'PreviewInput' });
export type PreviewInput = z.infer<typeof PreviewInput>;

export const PreviewResult = z
  .object({
    rowId: z.string(),
    prompt: z.string().nullable(),
    value: z.unknown(),
    note: z.string().nullable(),
    error: z.string().nullable(),
    raw: z.string().nullable(),
    model: z.string().nullable(),
    latencyMs: z.number().int().nullable(),
  })
  .meta({ id: 'PreviewResult' });
export type PreviewResult = z.infer<typeof PreviewResult>;
