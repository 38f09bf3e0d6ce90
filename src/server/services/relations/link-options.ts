import { sql } from 'drizzle-orm';
import type { LinkOption, LinkOptionsQuery } from '../../../contract/relations.ts';
import { storageOf } from '../../column-types/index.ts';
import { queryRows } from '../../db/database.ts';
import { NotFoundError, ValidationError } from '../store/errors.ts';
import { isUuid } from '../store/ids.ts';
import type { Store } from '../store/store.ts';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Rows of a relation column's target table as `{ id, label }`, the label read from the display column
 * (the target's first column by default): the rows named by `ids` (to show a cell's links), or those
 * whose label contains `search` (for the picker), in label order.
 */
export async function linkOptions(
  store: Store,
  tableId: string,
  columnId: string,
  query: LinkOptionsQuery,
): Promise<LinkOption[]> {
  const table = await store.tables.get(tableId);
  const column = table.columns.find((candidate) => candidate.id === columnId || candidate.name === columnId);
  if (!column) throw new NotFoundError('Column not found');
  if (column.dataType !== 'relation' || !column.config.targetTableId)
    throw new ValidationError('Not a relation column', [
      { path: 'columnId', message: `${column.name} is ${column.dataType}` },
    ]);
  const target = await store.tables.get(column.config.targetTableId);
  const display =
    target.columns.find((candidate) => candidate.name === column.config.displayColumn) ?? target.columns[0];
  const label = display ? sql.raw(storageOf(display).toText(`"${display.storageName}"`)) : sql`NULL`;
  const ids = (query.ids ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(isUuid);
  const where =
    query.ids !== undefined
      ? ids.length > 0
        ? sql`id IN (${sql.join(
            ids.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql`FALSE`
      : query.search?.trim()
        ? sql`${label} ILIKE ${`%${escapeLike(query.search.trim())}%`}`
        : sql`TRUE`;
  const rows = await queryRows<{ id: string; label: string | null }>(
    store.db,
    sql`SELECT id, ${label} AS label FROM ${sql.raw(`"${target.storageName}"`)} WHERE ${where}
        ORDER BY lower(${label}) COLLATE "C" NULLS LAST, id LIMIT ${query.limit}`,
  );
  return rows.map((row) => ({ id: row.id, label: row.label ?? '' }));
}
