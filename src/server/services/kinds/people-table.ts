import { and, eq, sql } from 'drizzle-orm';
import type { ColumnDef } from '../../../contract/columns.ts';
import { tableRelationships } from '../../db/schema.ts';
import type { Store } from '../store/store.ts';
import { advanceVersionStatement } from '../store/table-changes.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { createTable, deleteTable } from '../tables/tables.ts';

/** The columns of a people table a finder fills; `company` links each person to the company row. */
export const PEOPLE_COLUMNS = { name: 'name', role: 'role', linkedin: 'linkedin_url', parent: 'company' };

const peopleColumns = (company: TableMeta): ColumnDef[] => [
  { name: PEOPLE_COLUMNS.name, displayName: 'Name', dataType: 'text' },
  { name: PEOPLE_COLUMNS.role, displayName: 'Role', dataType: 'text' },
  { name: PEOPLE_COLUMNS.linkedin, displayName: 'LinkedIn', dataType: 'url' },
  {
    name: PEOPLE_COLUMNS.parent,
    displayName: 'Company',
    dataType: 'relation',
    config: {
      targetTableId: company.id,
      ...(company.columns.some((column) => column.name === 'company_name') && {
        displayColumn: 'company_name',
      }),
    },
  },
];

/** Creations under way in this process, by finder column: two cells of one column make one table. */
const creating = new Map<string, Promise<string>>();

/** The people table a finder column's rows go to, if it has one yet. */
export async function peopleTableOf(
  store: Store,
  tableId: string,
  columnId: string,
): Promise<string | undefined> {
  const [found] = await store.db
    .select({ childTableId: tableRelationships.childTableId })
    .from(tableRelationships)
    .where(and(eq(tableRelationships.parentTableId, tableId), eq(tableRelationships.columnId, columnId)));
  return found?.childTableId;
}

/**
 * The people table of a finder column, created the first time the column runs (a table of kind
 * people, in the company table's project, linked back to it), and recorded as the company table's
 * company_people child. Another server may create one at the same moment: the first relationship
 * recorded wins and the loser's table is dropped.
 */
export function ensurePeopleTable(store: Store, table: TableMeta, finder: ColumnMeta): Promise<string> {
  const pending = creating.get(finder.id);
  if (pending) return pending;
  const work = (async () => {
    const known = await peopleTableOf(store, table.id, finder.id);
    if (known) return known;
    const people = await createTable(store, {
      name: `${table.name}: ${finder.displayName}`,
      kind: 'people',
      ...(table.projectId && { projectId: table.projectId }),
      columns: peopleColumns(table),
    });
    const recorded = await store.db
      .insert(tableRelationships)
      .values({
        parentTableId: table.id,
        childTableId: people.id,
        type: 'company_people',
        columnId: finder.id,
      })
      .onConflictDoNothing()
      .returning();
    if (recorded.length === 0) {
      await deleteTable(store, people.id);
      return (await peopleTableOf(store, table.id, finder.id)) as string;
    }
    // The column names its table, so the app can link to it; columns_version tells clients to reload.
    await store.batch([
      sql`UPDATE user_columns SET config = config || ${JSON.stringify({ peopleTableId: people.id })}::jsonb
          WHERE id = ${finder.id}`,
      advanceVersionStatement(table.id, 0, true),
    ]);
    store.tables.changed(table.id);
    return people.id;
  })();
  creating.set(finder.id, work);
  return work.finally(() => creating.delete(finder.id));
}
