import { z } from 'zod';
import type { DataTypeDefinition } from './data-type.ts';

const relationSettings = z.object({
  targetTableId: z.string().optional().describe('relation: id of the related table'),
  displayColumn: z
    .string()
    .optional()
    .describe('relation: column shown from the related table (its first column when omitted)'),
});

const RowId = z.uuid({ error: 'Expected the id of a row of the linked table' });

/**
 * A relation links rows of another table (`config.targetTableId`). Its value is the list of linked row
 * ids; one id alone is accepted and stored as a list of one. That the rows exist is checked by the
 * server when the value is written, and links to a row go when the row is deleted.
 */
export const relationType: DataTypeDefinition<typeof relationSettings> = {
  settings: relationSettings,
  valueSchema: () =>
    z
      .union([RowId, z.array(RowId).max(1000)])
      .transform((value) => [...new Set(Array.isArray(value) ? value : [value])]),
  parseText: (text) => {
    const ids = text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    return ids.every((id) => RowId.safeParse(id).success) ? ids : undefined;
  },
  writable: true,
  checkConfig: (column) => {
    const { targetTableId } = column.config;
    return targetTableId
      ? { config: column.config, errors: [] }
      : {
          config: column.config,
          errors: [{ path: 'targetTableId', message: 'A relation needs targetTableId' }],
        };
  },
};
