import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/database.ts';
import type { TableMeta } from '../store/table-meta.ts';

/**
 * Which tables link to which (relation columns by target table), known in memory so a delete from a
 * table nothing links to costs no lookup on the embedded store, where this process made every column.
 * On PostgreSQL, shared with other servers, a delete always looks the linking columns up in SQL.
 */
export class RelationRegistry {
  /** Target table id to the ids of the tables that link to it. */
  readonly #linkedFrom = new Map<string, Set<string>>();

  async load(executor: Executor): Promise<void> {
    const links = await queryRows<{ table_id: string; target: string }>(
      executor,
      sql`SELECT table_id, config->>'targetTableId' AS target FROM user_columns WHERE data_type = 'relation'`,
    );
    for (const link of links) if (link.target) this.#add(link.target, link.table_id);
  }

  /** Records the relation columns of a table as it now is. */
  noteTable(table: TableMeta): void {
    for (const column of table.columns) {
      if (column.dataType === 'relation' && column.config.targetTableId)
        this.#add(column.config.targetTableId, table.id);
    }
  }

  /** Tables with relation columns linking to this one. */
  linkingTables(targetId: string): string[] {
    return [...(this.#linkedFrom.get(targetId) ?? [])];
  }

  #add(target: string, tableId: string): void {
    const set = this.#linkedFrom.get(target) ?? new Set<string>();
    set.add(tableId);
    this.#linkedFrom.set(target, set);
  }
}
