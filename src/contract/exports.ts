import { z } from 'zod';
import { FilterSpec, jsonParam, SortSpec } from './rows.ts';

export const ExportFormat = z.enum(['csv', 'json', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Excel's sheet size: 1,048,576 rows, one of them the header. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;

/** The whole table by default; the grid's view (filters, sorts, search, visible columns) when given. */
export const ExportQuery = z.object({
  format: ExportFormat.default('csv'),
  filters: jsonParam(z.array(FilterSpec).max(50)).optional().describe('JSON array of FilterSpec'),
  sorts: jsonParam(z.array(SortSpec).max(10)).optional().describe('JSON array of SortSpec'),
  search: z.string().max(256).optional(),
  columns: jsonParam(z.array(z.string().min(1).max(64)).max(1000))
    .optional()
    .describe('JSON array of column names to export, in this order; all columns when absent'),
});
export type ExportQuery = z.infer<typeof ExportQuery>;
