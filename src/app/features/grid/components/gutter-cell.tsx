// biome-ignore-all lint/a11y/useSemanticElements: an ARIA grid of divs; table elements cannot be virtualized both ways with sticky frozen columns.
// biome-ignore-all lint/a11y/useFocusableInteractive: cells get focus through aria-activedescendant on the grid, as the ARIA grid pattern allows.
import type { Row } from '../../../../contract/rows.ts';
import { useGridStore } from '../store/grid-store.ts';
import { useGridActions } from './grid-actions.ts';

/** Row number, a checkbox to pick the row, and a button opening the row in the side panel. */
export function GutterCell({
  index,
  row,
  checked,
}: {
  index: number;
  row: Row | undefined;
  checked: boolean;
}) {
  const actions = useGridActions();
  const number = index + 1;
  return (
    <div role="rowheader" aria-colindex={1} className="grid-gutter" data-gutter={index}>
      {row && (
        <input
          type="checkbox"
          className="grid-gutter__check"
          checked={checked}
          aria-label={`Select row ${number}`}
          tabIndex={-1}
          onMouseDown={(event) => event.stopPropagation()}
          onChange={() => useGridStore.getState().toggleChecked(row.id)}
        />
      )}
      <span className="grid-gutter__number">{number}</span>
      {row && (
        <button
          type="button"
          className="grid-gutter__open"
          aria-label={`Open row ${number}`}
          tabIndex={-1}
          onMouseDown={(event) => event.stopPropagation()}
          onClick={() => actions.openRow(row)}
        />
      )}
    </div>
  );
}
