import { desc, eq } from 'drizzle-orm';
import type { ColumnDef } from '../../../contract/columns.ts';
import { dataTypes } from '../../../contract/data-types/index.ts';
import type { RowData } from '../../../contract/rows.ts';
import type { CreateTableInput, Table } from '../../../contract/tables.ts';
import type {
  ListTemplatesQuery,
  SaveTemplateInput,
  Template,
  TemplateCategory,
} from '../../../contract/templates.ts';
import { tableTemplates } from '../../db/schema.ts';
import { bulkInsertRows } from '../rows/bulk-rows.ts';
import { rowValidator } from '../rows/row-values.ts';
import { listRows } from '../rows/rows.ts';
import { NotFoundError } from '../store/errors.ts';
import { isUuid, newId } from '../store/ids.ts';
import { deriveRow } from '../store/row-hooks.ts';
import type { Store } from '../store/store.ts';
import { createTable, getTable } from '../tables/tables.ts';
import { systemTemplates } from './system/index.ts';

/** Rows a saved template keeps as sample data. */
const SAMPLE_ROWS = 5;

const system: Template[] = systemTemplates.map((template) => ({
  ...template,
  scope: 'system',
  createdAt: null,
}));

function toTemplate(record: typeof tableTemplates.$inferSelect): Template {
  return {
    id: record.id,
    name: record.name,
    description: record.description,
    category: record.category as TemplateCategory | null,
    scope: 'user',
    columns: record.columns as ColumnDef[],
    sampleRows: record.sampleRows as RowData[],
    createdAt: record.createdAt.toISOString(),
  };
}

/** System templates first, in gallery order, then people's own, newest first. */
export async function listTemplates(store: Store, query: ListTemplatesQuery): Promise<Template[]> {
  const user =
    query.scope === 'system'
      ? []
      : (await store.db.select().from(tableTemplates).orderBy(desc(tableTemplates.id))).map(toTemplate);
  return [...(query.scope === 'user' ? [] : system), ...user].filter(
    (template) => !query.category || template.category === query.category,
  );
}

export async function getTemplate(store: Store, id: string): Promise<Template> {
  const builtIn = system.find((template) => template.id === id);
  if (builtIn) return builtIn;
  if (!isUuid(id)) throw new NotFoundError('Template not found');
  const [record] = await store.db.select().from(tableTemplates).where(eq(tableTemplates.id, id));
  if (!record) throw new NotFoundError('Template not found');
  return toTemplate(record);
}

/** Saves a table's columns (and, if asked, its first 5 rows) as a user template. */
export async function saveTemplate(
  store: Store,
  input: SaveTemplateInput,
): Promise<{ id: string; name: string }> {
  const table = await store.tables.get(input.tableId);
  // Each column as its definition: the rest of each keeps its type and that type's config together.
  const columns: ColumnDef[] = table.columns.map(
    ({ id, tableId, position, storageName, createdAt, updatedAt, ...def }) => def,
  );
  const writable = table.columns.filter((column) => dataTypes[column.dataType].writable);
  const sampleRows = input.includeSampleData
    ? (await listRows(store, table, { limit: SAMPLE_ROWS, offset: 0 })).rows.map((row) =>
        Object.fromEntries(writable.map((column) => [column.name, row.data[column.name] ?? null])),
      )
    : [];
  const id = newId();
  await store.db.insert(tableTemplates).values({
    id,
    name: input.name,
    description: input.description ?? table.description,
    category: input.category ?? null,
    columns,
    sampleRows,
    sourceTableId: table.id,
  });
  return { id, name: input.name };
}

/**
 * A new table cloned from a template: its columns, and with `includeSampleData` its sample rows,
 * written through the bulk path (history and row hooks included, source "template").
 */
export async function createFromTemplate(
  store: Store,
  input: CreateTableInput & { templateId: string },
): Promise<Table> {
  const template = await getTemplate(store, input.templateId);
  const created = await createTable(store, {
    name: input.name,
    description: input.description ?? template.description ?? undefined,
    source: 'template',
    columns: template.columns,
    ...(input.projectId && { projectId: input.projectId }),
  });
  if (!input.includeSampleData || template.sampleRows.length === 0) return created;
  const table = await store.tables.get(created.id);
  const validate = rowValidator(table.columns, 'insert');
  const createdAt = new Date().toISOString();
  const rows = template.sampleRows.map((data) => ({
    id: newId(),
    tableId: table.id,
    // Sample data was valid when saved; a value that no longer fits is dropped rather than refuse the table.
    data: deriveRow(store.rowHooks, table, validate(data, 'data').data),
    version: 1,
    createdBy: null,
    createdAt,
    updatedAt: createdAt,
  }));
  await bulkInsertRows(store, table, rows, { source: 'template', actor: null });
  return getTable(store, created.id);
}
