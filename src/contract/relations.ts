import { z } from 'zod';

/** A row of a relation's target table as a picker or a cell shows it. */
export const LinkOption = z.object({ id: z.string(), label: z.string() }).meta({ id: 'LinkOption' });
export type LinkOption = z.infer<typeof LinkOption>;

export const LinkOptionsQuery = z.object({
  search: z
    .string()
    .max(256)
    .optional()
    .describe('Rows whose display value contains this (case-insensitive)'),
  ids: z.string().max(40_000).optional().describe('Comma-separated row ids: their labels'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type LinkOptionsQuery = z.infer<typeof LinkOptionsQuery>;
