import { useState } from 'react';
import { SearchIcon } from '../../components/icons.tsx';
import { useDebouncedCallback } from '../../lib/use-debounced-callback.ts';
import { useTableView, useTableViewStore } from '../../store/table-view-store.ts';

/** How long typing must pause before the search runs: one query per word, not per keystroke. */
const SEARCH_DELAY_MS = 250;

/** Quick search across every column; the view (and so the grid) follows 250 ms after typing stops. */
export function QuickSearch({ tableId }: { tableId: string }) {
  const stored = useTableView(tableId).search;
  const updateView = useTableViewStore((s) => s.updateView);
  const [text, setText] = useState(stored);
  const commit = useDebouncedCallback((search: string) => updateView(tableId, { search }), SEARCH_DELAY_MS);

  const change = (value: string) => {
    setText(value);
    commit(value);
  };

  return (
    <div className="search-input">
      <SearchIcon />
      <input
        type="search"
        className="input input--compact search-input__field"
        aria-label="Search rows"
        placeholder="Search rows"
        value={text}
        maxLength={256}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !text) return;
          // The first Escape clears the search; only a second one may close anything around it.
          event.stopPropagation();
          change('');
        }}
      />
    </div>
  );
}
