import { z } from 'zod';
import { Row } from './rows.ts';

export const ChangesQuery = z.object({
  since: z.coerce.number().int().min(0).describe('The table version the client has'),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});

/** What changed in a table since a version: the rows as they are now, and what was deleted. */
export const Changes = z
  .object({
    version: z.number().int().describe('The version these changes bring the client to'),
    rows: z.array(Row).describe('Rows changed since (data or AI cells), as they are now'),
    deletedRowIds: z.array(z.string()),
    columnsChanged: z.boolean().describe('Columns were added, changed or removed: reload the table'),
    rowsAddedOrRemoved: z.boolean().describe('Row positions moved: reload counts and pages'),
    truncated: z.boolean().describe('Too much changed to list: reload everything'),
  })
  .meta({ id: 'Changes' });
export type Changes = z.infer<typeof Changes>;
