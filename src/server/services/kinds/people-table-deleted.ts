import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/database.ts';
import type { ColumnHook } from '../store/column-hooks.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';

/**
 * A people table is being deleted: the finder columns whose rows went to it forget it (their
 * relationship record goes with the table), so the app stops offering a link to a table that is gone
 * and the finder's next run makes a new people table.
 */
export function peopleTableDeletedHook(store: Store): ColumnHook {
  return {
    name: 'people tables',
    tableDeleted: async (tx, deleted) => {
      const finders = await queryRows<{ table_id: string }>(
        tx,
        sql`UPDATE user_columns SET config = config - 'peopleTableId'
            WHERE data_type = 'ai' AND config->>'peopleTableId' = ${deleted.id} AND table_id <> ${deleted.id}
            RETURNING table_id`,
      );
      for (const tableId of new Set(finders.map((finder) => finder.table_id))) {
        await advanceTableVersion(store, tx, tableId, 0, { columns: true });
      }
    },
  };
}
