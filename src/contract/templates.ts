import { z } from 'zod';
import { ColumnDef } from './columns.ts';
import { RowData } from './rows.ts';

export const TemplateCategory = z.enum(['business', 'personal', 'pm', 'finance', 'content']);
export type TemplateCategory = z.infer<typeof TemplateCategory>;

export const TemplateScope = z.enum(['system', 'user']);
export type TemplateScope = z.infer<typeof TemplateScope>;

/** A reusable table design: columns (AI columns among them) and a few sample rows. */
export const Template = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    category: TemplateCategory.nullable(),
    scope: TemplateScope,
    columns: z.array(ColumnDef),
    sampleRows: z.array(RowData).describe('Rows a table made from it gets with includeSampleData'),
    createdAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Template' });
export type Template = z.infer<typeof Template>;

export const ListTemplatesQuery = z.object({
  category: TemplateCategory.optional(),
  scope: TemplateScope.optional(),
});
export type ListTemplatesQuery = z.infer<typeof ListTemplatesQuery>;

export const TemplateList = z.object({ templates: z.array(Template) }).meta({ id: 'TemplateList' });
export type TemplateList = z.infer<typeof TemplateList>;

export const SaveTemplateInput = z
  .object({
    tableId: z.string().min(1).describe('Source table to save as a template'),
    name: z.string().trim().min(1).max(256),
    description: z.string().max(1024).optional().describe("Defaults to the table's description"),
    category: TemplateCategory.optional(),
    includeSampleData: z.boolean().optional().describe('Keep the first 5 rows as sample data'),
  })
  .meta({ id: 'SaveTemplateInput' });
export type SaveTemplateInput = z.infer<typeof SaveTemplateInput>;

export const SavedTemplate = z.object({ id: z.string(), name: z.string() }).meta({ id: 'SavedTemplate' });
