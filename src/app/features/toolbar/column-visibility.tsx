import type { Table } from '../../../contract/tables.ts';
import { EyeIcon } from '../../components/icons.tsx';
import { Popover } from '../../components/popover.tsx';
import { useTableView, useTableViewStore } from '../../store/table-view-store.ts';

/** "Columns" in the toolbar: a checkbox per column, checked while it shows in the grid. */
export function ColumnVisibility({ table }: { table: Table }) {
  const hidden = useTableView(table.id).hiddenColumnIds;
  const updateView = useTableViewStore((s) => s.updateView);
  const hiddenSet = new Set(hidden);
  const hiddenCount = table.columns.filter((column) => hiddenSet.has(column.id)).length;
  const setHidden = (ids: string[]) => updateView(table.id, { hiddenColumnIds: ids });

  return (
    <Popover
      label="Show and hide columns"
      active={hiddenCount > 0}
      button={
        <>
          <EyeIcon />
          {hiddenCount === 0 ? 'Columns' : `${hiddenCount} hidden`}
        </>
      }
    >
      {() => (
        <div className="column-visibility">
          {table.columns.length === 0 && <p className="popover__hint">This table has no columns yet.</p>}
          <ul className="column-visibility__list">
            {table.columns.map((column) => (
              <li key={column.id}>
                <label className="checkbox-row">
                  <input
                    type="checkbox"
                    checked={!hiddenSet.has(column.id)}
                    onChange={(event) =>
                      setHidden(
                        event.target.checked
                          ? hidden.filter((id) => id !== column.id)
                          : [...hidden, column.id],
                      )
                    }
                  />
                  <span>{column.displayName}</span>
                  <span className="checkbox-row__meta">{column.dataType}</span>
                </label>
              </li>
            ))}
          </ul>
          {table.columns.length > 1 && (
            <div className="popover__footer">
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setHidden([])}
              >
                Show all
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setHidden(table.columns.map((column) => column.id))}
              >
                Hide all
              </button>
            </div>
          )}
        </div>
      )}
    </Popover>
  );
}
