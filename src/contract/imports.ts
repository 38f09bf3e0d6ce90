import { z } from 'zod';
import { ColumnName, DisplayName } from './columns.ts';
import { ColumnConfig, DataType } from './data-types/index.ts';

/** One source field's fate: its column key, label and type, or skipped. */
export const ColumnMappingEntry = z
  .object({
    source: z
      .string()
      .optional()
      .describe('Header of the source field; without it, entries are matched to headers by position'),
    name: ColumnName,
    displayName: DisplayName,
    dataType: DataType,
    skip: z.boolean().optional().describe('Leave this field out of the import'),
  })
  .meta({ id: 'ColumnMappingEntry' });
export type ColumnMappingEntry = z.infer<typeof ColumnMappingEntry>;

/** What happens to a row with a value that does not fit its column. */
export const InvalidValues = z.enum(['skip_row', 'empty_cell']).meta({ id: 'InvalidValues' });
export type InvalidValues = z.infer<typeof InvalidValues>;

const importOptions = {
  documentId: z.string().min(1).describe('Source document (POST /api/documents)'),
  preview: z
    .boolean()
    .optional()
    .describe('Inspect headers, sample rows and inferred columns; import nothing'),
  columnMapping: z.array(ColumnMappingEntry).max(1000).optional(),
  invalidValues: InvalidValues.optional().describe(
    'What a value that does not fit its column does: leave its row out (skip_row, the default) or import the row with that cell empty (empty_cell). Either way it is reported.',
  ),
  async: z
    .boolean()
    .optional()
    .describe('Answer 202 at once with the importId; poll GET /api/imports/{importId} for progress'),
};

export const ImportInput = z.object(importOptions).meta({ id: 'ImportInput' });
export type ImportInput = z.infer<typeof ImportInput>;

/** "New table from file": the table is created from the file's columns, then the rows are imported. */
export const ImportNewTableInput = z
  .object({
    ...importOptions,
    name: z.string().trim().min(1).max(256).optional().describe("Defaults to the file's name"),
    projectId: z.string().min(1).max(128).optional(),
  })
  .meta({ id: 'ImportNewTableInput' });
export type ImportNewTableInput = z.infer<typeof ImportNewTableInput>;

/** A column definition as an import infers or uses it. */
export const ImportColumn = z
  .object({
    source: z.string().describe('Header of the source field'),
    name: z.string(),
    displayName: z.string(),
    dataType: DataType,
    config: ColumnConfig.optional(),
    skip: z.boolean().optional(),
    existing: z.boolean().optional().describe('Matches a column the table already has (its type is kept)'),
  })
  .meta({ id: 'ImportColumn' });
export type ImportColumn = z.infer<typeof ImportColumn>;

export const ImportPreview = z
  .object({
    headers: z.array(z.string()).describe('Detected column headers'),
    sampleRows: z.array(z.record(z.string(), z.unknown())).describe('First 10 rows, keyed by header'),
    totalRows: z.number().int().describe('Data rows in the file'),
    inferredColumns: z.array(ImportColumn).describe('Typed from the first 100 rows'),
    type: z.string().describe('Format the file is read as'),
    encoding: z.string(),
    notes: z.array(z.string()).describe('What the reader noticed and how it dealt with it'),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof ImportPreview>;

/** What became of the row: left out, or imported with the refused value's cell empty. */
export const ImportErrorOutcome = z.enum(['row_skipped', 'cell_emptied']);
export type ImportErrorOutcome = z.infer<typeof ImportErrorOutcome>;

export const ImportError = z
  .object({
    row: z.number().int().describe('Data row number in the file, 1 for the first row after the header'),
    line: z.number().int().optional().describe('Line in a CSV/TSV/NDJSON file'),
    column: z.string().optional(),
    value: z.string().optional().describe('The refused value as the file holds it (cut at 1,000 characters)'),
    outcome: ImportErrorOutcome,
    message: z.string(),
  })
  .meta({ id: 'ImportError' });
export type ImportError = z.infer<typeof ImportError>;

export const ImportStatus = z.enum(['running', 'done', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

/** An import's audit record: progress while it runs, the outcome once it ends. */
export const ImportResult = z
  .object({
    importId: z.string().describe('Audit record id'),
    tableId: z.string(),
    documentId: z.string(),
    status: ImportStatus,
    totalRows: z.number().int().nullable(),
    rowsRead: z.number().int(),
    rowsImported: z.number().int().describe('Successfully imported rows'),
    rowsSkipped: z.number().int().describe('Rows left out (validation errors)'),
    invalidValues: InvalidValues,
    errors: z.array(ImportError).describe('First 20 error details'),
    errorCount: z
      .number()
      .int()
      .describe(
        'Every refused value and unreadable record; all of them as CSV at GET /api/imports/{importId}/errors',
      ),
    columns: z.array(ImportColumn).describe('Final column definitions used (skipped fields are not listed)'),
    notes: z.array(z.string()),
    message: z.string().nullable().describe('Why a failed import stopped'),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof ImportResult>;
