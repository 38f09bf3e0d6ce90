import { useRef, useState } from 'react';
import type { Table } from '../../../contract/tables.ts';
import { PlusIcon } from '../../components/icons.tsx';
import { useTableView, useTableViewStore } from '../../store/table-view-store.ts';
import { draftToSpec, type FilterDraft, specToDraft } from './filter-draft.ts';
import { FilterRow } from './filter-row.tsx';
import { defaultOperator } from './operators.ts';

/**
 * The list of filters, all of which a row must meet. Drafts live here while the popover is open;
 * only filters that are complete and valid reach the view, so the grid never sends a half-typed one.
 */
export function FilterBuilder({ table }: { table: Table }) {
  const view = useTableView(table.id);
  const updateView = useTableViewStore((s) => s.updateView);
  const nextKey = useRef(0);
  const newKey = () => `f${nextKey.current++}`;
  const [drafts, setDrafts] = useState<FilterDraft[]>(() =>
    view.filters.map((spec) => specToDraft(spec, newKey())),
  );
  const columnsByName = new Map(table.columns.map((column) => [column.name, column]));

  const commit = (next: FilterDraft[]) => {
    setDrafts(next);
    const filters = next.flatMap((draft) => {
      const result = draftToSpec(draft, columnsByName.get(draft.column));
      return 'spec' in result ? [result.spec] : [];
    });
    updateView(table.id, { filters });
  };

  const add = () => {
    const first = table.columns[0];
    if (!first) return;
    const operator = defaultOperator(first.dataType);
    commit([...drafts, { key: newKey(), column: first.name, operator, value: '' }]);
  };

  return (
    <div className="filter-builder">
      <p className="popover__hint">
        {drafts.length === 0 ? 'No filters: every row shows.' : 'Rows that match all of these:'}
      </p>
      {drafts.length > 0 && (
        <ol className="filter-builder__list">
          {drafts.map((draft, index) => (
            <FilterRow
              key={draft.key}
              index={index}
              draft={draft}
              columns={table.columns}
              result={draftToSpec(draft, columnsByName.get(draft.column))}
              onChange={(changed) => commit(drafts.map((d) => (d.key === draft.key ? changed : d)))}
              onRemove={() => commit(drafts.filter((d) => d.key !== draft.key))}
            />
          ))}
        </ol>
      )}
      <div className="popover__footer">
        <button
          type="button"
          className="button button--small"
          onClick={add}
          disabled={table.columns.length === 0}
        >
          <PlusIcon />
          Add filter
        </button>
        {drafts.length > 1 && (
          <button type="button" className="button button--ghost button--small" onClick={() => commit([])}>
            Clear all
          </button>
        )}
      </div>
    </div>
  );
}
