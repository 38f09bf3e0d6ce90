import { useRef } from 'react';
import type { SortSpec } from '../../../../contract/rows.ts';
import type { Table } from '../../../../contract/tables.ts';
import { PlusIcon } from '../../../components/icons.tsx';
import { useTableView, useTableViewStore } from '../../../store/table-view-store.ts';
import { SortRow } from './sort-row.tsx';

/** The server accepts at most this many sort keys. */
const MAX_SORTS = 10;

/** Sort keys, first key first: each a column and a direction, reorderable and removable. */
export function SortBuilder({ table }: { table: Table }) {
  const sorts = useTableView(table.id).sorts;
  const updateView = useTableViewStore((s) => s.updateView);
  // Keys that follow each sort key through moves and column changes, so focus stays on the control in use.
  const counter = useRef(0);
  const keys = useRef<string[]>([]);
  if (keys.current.length !== sorts.length) keys.current = sorts.map(() => `s${counter.current++}`);
  const set = (next: SortSpec[], nextKeys: string[]) => {
    keys.current = nextKeys;
    updateView(table.id, { sorts: next });
  };
  const without = <T,>(list: T[], index: number) => list.filter((_, i) => i !== index);
  const used = new Set(sorts.map((sort) => sort.column));
  const unused = table.columns.filter((column) => !used.has(column.name));

  const move = (index: number, by: -1 | 1) => {
    const next = [...sorts];
    const nextKeys = [...keys.current];
    const [item] = next.splice(index, 1);
    const [key] = nextKeys.splice(index, 1);
    if (!item || !key) return;
    next.splice(index + by, 0, item);
    nextKeys.splice(index + by, 0, key);
    set(next, nextKeys);
  };

  return (
    <div className="sort-builder">
      <p className="popover__hint">
        {sorts.length === 0 ? 'Rows in the order they were added.' : 'Sort by these, first key first:'}
      </p>
      {sorts.length > 0 && (
        <ol className="sort-builder__list">
          {sorts.map((sort, index) => (
            <SortRow
              key={keys.current[index]}
              index={index}
              count={sorts.length}
              sort={sort}
              columns={table.columns.filter((c) => c.name === sort.column || !used.has(c.name))}
              onChange={(changed) =>
                set(
                  sorts.map((s, i) => (i === index ? changed : s)),
                  keys.current,
                )
              }
              onMove={(by) => move(index, by)}
              onRemove={() => set(without(sorts, index), without(keys.current, index))}
            />
          ))}
        </ol>
      )}
      <div className="popover__footer">
        <button
          type="button"
          className="button button--small"
          disabled={unused.length === 0 || sorts.length >= MAX_SORTS}
          onClick={() =>
            unused[0] &&
            set(
              [...sorts, { column: unused[0].name, direction: 'asc' }],
              [...keys.current, `s${counter.current++}`],
            )
          }
        >
          <PlusIcon />
          Add sort
        </button>
        {sorts.length > 1 && (
          <button type="button" className="button button--ghost button--small" onClick={() => set([], [])}>
            Clear all
          </button>
        )}
      </div>
    </div>
  );
}
