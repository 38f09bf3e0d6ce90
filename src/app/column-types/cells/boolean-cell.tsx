import type { CellRenderer } from './cell-renderer.ts';

/** A checkbox that toggles on click or Space, with no editor in between. */
export const booleanCell: CellRenderer = {
  align: 'center',
  toggles: true,
  render: ({ value, column, onChange }) => (
    <input
      type="checkbox"
      className="grid-cell__checkbox"
      checked={value === true}
      disabled={!onChange}
      aria-label={column.displayName}
      tabIndex={-1}
      onMouseDown={(event) => event.stopPropagation()}
      onChange={(event) => onChange?.(event.currentTarget.checked)}
    />
  ),
};
