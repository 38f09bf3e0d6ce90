import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { CreateSchemaInput, ExtractColumn, ExtractSchema } from '../../../contract/extract.ts';
import { extractSchemas } from '../../db/schema.ts';
import { NotFoundError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';

/** Lasso-style ids: a type prefix and random hex ("schema_3f9a…", "file_…", "tbl_…"). */
export const prefixedId = (prefix: string): string => `${prefix}_${randomBytes(12).toString('hex')}`;

type SchemaRecord = typeof extractSchemas.$inferSelect;

const toSchema = (record: SchemaRecord): ExtractSchema => ({
  id: record.id,
  name: record.name,
  description: record.description,
  is_default: record.isDefault,
  columns: record.columns as ExtractColumn[],
  created_at: record.createdAt.toISOString(),
  updated_at: record.updatedAt.toISOString(),
});

/** Stores a schema; a new default schema takes that role from the previous one. */
export async function createSchema(store: Store, input: CreateSchemaInput): Promise<ExtractSchema> {
  const id = prefixedId('schema');
  await store.db.transaction(async (tx) => {
    if (input.is_default) await tx.update(extractSchemas).set({ isDefault: false });
    await tx.insert(extractSchemas).values({
      id,
      name: input.name,
      description: input.description ?? null,
      isDefault: input.is_default ?? false,
      columns: input.columns,
    });
  });
  return getSchema(store, id);
}

export async function getSchema(store: Store, id: string): Promise<ExtractSchema> {
  const [record] = await store.db.select().from(extractSchemas).where(eq(extractSchemas.id, id));
  if (!record) throw new NotFoundError('Schema not found');
  return toSchema(record);
}

export async function listSchemas(store: Store): Promise<ExtractSchema[]> {
  const records = await store.db.select().from(extractSchemas).orderBy(desc(extractSchemas.createdAt));
  return records.map(toSchema);
}
