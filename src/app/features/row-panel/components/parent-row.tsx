import { useQuery } from '@tanstack/react-query';
import type { Table } from '../../../../contract/tables.ts';
import { useParentRow } from '../../../api/rows/get-parent-row.ts';
import { cellText } from '../../../lib/cell-text.ts';
import { navigate, routePath } from '../../../lib/router.ts';
import { getTableQueryOptions } from '../../tables/api/get-table.ts';

/** Profiles and finders' lists are shown by their own columns; here they would be a wall of JSON. */
const shown = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && typeof value !== 'object';

/**
 * For a row of a child table (a person a people finder found): the row it was made for (the company),
 * its values as they are now, with a link to that table.
 */
export function ParentRow({ table, rowId }: { table: Table; rowId: string }) {
  const parentTableId = table.parentRelationships[0]?.tableId;
  const found = useParentRow(table.id, rowId, Boolean(parentTableId));
  const parentTable = useQuery({
    ...getTableQueryOptions(parentTableId ?? ''),
    enabled: Boolean(parentTableId),
  });
  const parent = found.data?.parent;
  if (!parentTableId || !parent || !parentTable.data) return null;
  const columns = parentTable.data.columns.filter((column) => shown(parent.data[column.name]));
  return (
    <section className="parent-row" aria-label="Found for">
      <h4 className="parent-row__title">
        Found for{' '}
        <a
          href={routePath({ name: 'table', tableId: parentTableId })}
          onClick={(event) => {
            event.preventDefault();
            navigate({ name: 'table', tableId: parentTableId });
          }}
        >
          {parentTable.data.name}
        </a>
      </h4>
      <dl className="parent-row__values">
        {columns.map((column) => (
          <div key={column.id} className="parent-row__value">
            <dt>{column.displayName}</dt>
            <dd>{cellText(parent.data[column.name], column)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
