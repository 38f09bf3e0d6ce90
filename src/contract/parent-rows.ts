import { z } from 'zod';

/** The row a child row was made for (the company a person was found for), as it is now. */
export const ParentRow = z
  .object({
    tableId: z.string(),
    rowId: z.string(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'ParentRow' });
export type ParentRow = z.infer<typeof ParentRow>;

/** A row's parent, or null when its table is nobody's child or the parent row is gone. */
export const ParentOfRow = z.object({ parent: ParentRow.nullable() }).meta({ id: 'ParentOfRow' });
export type ParentOfRow = z.infer<typeof ParentOfRow>;
