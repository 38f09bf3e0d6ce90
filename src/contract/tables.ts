import { z } from 'zod';
import { TableStatus } from './cells.ts';
import { Column, ColumnDef } from './columns.ts';

export const TableSource = z.enum(['manual', 'imported', 'agent', 'template']);
export type TableSource = z.infer<typeof TableSource>;

/**
 * What a table's rows are: generic rows, companies (the table gets the company system columns, filled
 * from its input by the company-profile agent) or people (contacts, often found for a company's row).
 */
export const TableKind = z.enum(['generic', 'company', 'people']);
export type TableKind = z.infer<typeof TableKind>;

/** A table made for another's rows (people found for companies), seen from either side. */
export const TableRelationship = z
  .object({
    tableId: z.string().describe('The related table'),
    type: z.enum(['company_people']),
    columnId: z.string().describe("The parent's column that fills the child table (its people finder)"),
  })
  .meta({ id: 'TableRelationship' });
export type TableRelationship = z.infer<typeof TableRelationship>;

const TableName = z.string().trim().min(1).max(256);
const Description = z.string().max(1024);
const ProjectId = z.string().min(1).max(128);

export const TableSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    projectId: z.string().nullable(),
    source: TableSource,
    kind: TableKind,
    rowCount: z.number().int(),
    version: z.number().int().describe('Grows with every change to the table'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'TableSummary' });
export type TableSummary = z.infer<typeof TableSummary>;

export const Table = TableSummary.extend({
  columns: z.array(Column),
  childRelationships: z.array(TableRelationship).describe('Tables filled from this one (its people)'),
  parentRelationships: z.array(TableRelationship).describe('Tables this one was made for (its companies)'),
}).meta({ id: 'Table' });
export type Table = z.infer<typeof Table>;

/** A table as GET /tables/{id} answers: with the status of its AI work. */
export const TableWithStatus = Table.extend({ status: TableStatus }).meta({ id: 'TableWithStatus' });
export type TableWithStatus = z.infer<typeof TableWithStatus>;

export const ListTablesQuery = z.object({
  projectId: z.string().optional(),
  source: TableSource.optional(),
  search: z.string().max(256).optional(),
});
export type ListTablesQuery = z.infer<typeof ListTablesQuery>;

export const CreateTableInput = z
  .object({
    name: TableName,
    description: Description.optional(),
    projectId: ProjectId.optional(),
    columns: z.array(ColumnDef).max(500).optional(),
    source: TableSource.optional(),
    kind: TableKind.optional().describe(
      'generic (default), company (adds company_name, company_website and company_profile, filled from the input column) or people',
    ),
    templateId: z
      .string()
      .optional()
      .describe('Clone this template: its columns (columns given here are ignored)'),
    includeSampleData: z.boolean().optional().describe("With templateId: add the template's sample rows"),
  })
  .meta({ id: 'CreateTableInput' });
export type CreateTableInput = z.infer<typeof CreateTableInput>;

export const UpdateTableInput = z
  .object({
    name: TableName.optional(),
    description: Description.nullable().optional(),
    projectId: ProjectId.nullable().optional(),
  })
  .meta({ id: 'UpdateTableInput' });
export type UpdateTableInput = z.infer<typeof UpdateTableInput>;
