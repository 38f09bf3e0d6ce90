import { z } from 'zod';

export const FilterOperator = z.enum([
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'starts_with',
  'in',
  'is_empty',
  'is_not_empty',
]);
export type FilterOperator = z.infer<typeof FilterOperator>;

export const FilterSpec = z
  .object({
    column: z.string().min(1).max(64),
    operator: FilterOperator,
    value: z.unknown().optional().describe('Not used by is_empty / is_not_empty; an array for in'),
  })
  .meta({ id: 'FilterSpec' });
export type FilterSpec = z.infer<typeof FilterSpec>;

export const SortSpec = z
  .object({ column: z.string().min(1).max(64), direction: z.enum(['asc', 'desc']).default('asc') })
  .meta({ id: 'SortSpec' });
export type SortSpec = z.infer<typeof SortSpec>;

/** Reads a JSON-encoded query parameter, reporting bad JSON as a validation issue. */
export function jsonParam<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Must be a JSON-encoded array' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

export const MAX_PAGE_SIZE = 1000;
/** Most filters and sort keys one row query may combine. */
export const MAX_FILTERS = 50;
export const MAX_SORTS = 10;
export const DEFAULT_PAGE_SIZE = 100;

export const ListRowsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  offset: z.coerce.number().int().min(0).default(0),
  filters: jsonParam(z.array(FilterSpec).max(MAX_FILTERS))
    .optional()
    .describe('JSON array of FilterSpec, combined with AND'),
  sorts: jsonParam(z.array(SortSpec).max(MAX_SORTS))
    .optional()
    .describe('JSON array of SortSpec, first key first'),
  search: z
    .string()
    .max(256)
    .optional()
    .describe('Quick search: rows where any column contains this text (case-insensitive)'),
});
export type ListRowsQuery = z.infer<typeof ListRowsQuery>;

export const RowData = z.record(z.string(), z.unknown()).describe('Column name to value');
export type RowData = z.infer<typeof RowData>;

/**
 * Status of a computed or AI cell: Extruct's names (created, requested = queued, in_progress, done,
 * failed), plus `waiting`: asked for, but every column its prompt names is empty, so no
 * call is made until an input is filled (the /v1 API shows it as `created`).
 */
export const CellStatus = z.enum(['created', 'requested', 'in_progress', 'done', 'failed', 'waiting']);
export type CellStatus = z.infer<typeof CellStatus>;

export const CellState = z
  .object({
    status: CellStatus,
    error: z.string().optional(),
    updatedAt: z.iso.datetime(),
    stale: z.boolean().optional().describe('An input changed since the cell was computed'),
    locked: z
      .boolean()
      .optional()
      .describe('A person wrote this value; reruns keep it unless told to overwrite'),
    verified: z
      .boolean()
      .optional()
      .describe('A person confirmed or corrected this answer: reruns keep it and the column learns from it'),
    note: z.string().optional().describe("A criterion grade's reason"),
  })
  .meta({ id: 'CellState' });
export type CellState = z.infer<typeof CellState>;

export const Row = z
  .object({
    id: z.string(),
    tableId: z.string(),
    data: RowData,
    cells: z
      .record(z.string(), CellState)
      .optional()
      .describe('State of every AI cell of the row, by column name'),
    version: z.number().int().describe('Grows by one with every change; send it back to detect conflicts'),
    createdBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Row' });
export type Row = z.infer<typeof Row>;

export const MAX_BATCH_ROWS = 1000;

export const InsertRowsInput = z
  .object({
    rows: z
      .array(z.object({ data: RowData, createdBy: z.string().max(256).optional() }))
      .min(1)
      .max(MAX_BATCH_ROWS),
  })
  .meta({ id: 'InsertRowsInput' });
export type InsertRowsInput = z.infer<typeof InsertRowsInput>;

export const UpdateRowInput = z
  .object({
    data: RowData.describe('Replaces the whole row'),
    version: z.number().int().min(1).optional().describe('Expected current version; 409 if it moved'),
    updatedBy: z.string().max(256).optional(),
  })
  .meta({ id: 'UpdateRowInput' });
export type UpdateRowInput = z.infer<typeof UpdateRowInput>;

export const DeleteRowsInput = z
  .object({ ids: z.array(z.string()).min(1).max(MAX_BATCH_ROWS) })
  .meta({ id: 'DeleteRowsInput' });
export type DeleteRowsInput = z.infer<typeof DeleteRowsInput>;

export const DeleteRowsResult = z.object({ deleted: z.number().int() }).meta({ id: 'DeleteRowsResult' });

export const ConflictBody = z
  .object({
    error: z.string(),
    current: Row,
    conflicts: z
      .array(z.string())
      .describe('The fields you and someone else both changed (empty when unknown)'),
  })
  .meta({ id: 'Conflict', description: 'The row changed since the version you named; here it is now' });
