import { z } from 'zod';
import { Row, RowData } from './rows.ts';

/** `ai`: the AI engine filled cells of the row. */
export const HistoryAction = z.enum(['create', 'update', 'delete', 'rollback', 'ai']);
export type HistoryAction = z.infer<typeof HistoryAction>;

export const HistoryEntry = z
  .object({
    id: z.string(),
    tableId: z.string(),
    rowId: z.string(),
    action: HistoryAction,
    version: z.number().int().describe('Row version this entry produced (for delete: the last version)'),
    data: RowData.describe('The row data after the change (for delete: before it)'),
    changedBy: z.string().nullable(),
    seq: z.number().int().describe('Table version at which the change was made'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const TableHistoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
export const RowHistoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export const RollbackInput = z
  .object({ historyEntryId: z.string({ error: 'historyEntryId is required' }).min(1) })
  .meta({ id: 'RollbackInput' });
export type RollbackInput = z.infer<typeof RollbackInput>;

export const OkBody = z
  .object({ ok: z.literal(true), row: Row.describe('The row as restored') })
  .meta({ id: 'Ok' });
