import { SearchIcon } from '../../../components/icons.tsx';
import { useSidebarStore } from './sidebar-store.ts';

/** Filters the table list by name as you type; Escape clears it. */
export function SidebarSearch() {
  const search = useSidebarStore((s) => s.search);
  const setSearch = useSidebarStore((s) => s.setSearch);
  return (
    <div className="search-input sidebar__search">
      <SearchIcon />
      <input
        type="search"
        className="input input--compact search-input__field"
        aria-label="Search tables"
        placeholder="Search tables"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && setSearch('')}
      />
    </div>
  );
}
