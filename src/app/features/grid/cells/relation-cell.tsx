import type { CellRenderer } from './cell-renderer.ts';

/** Related row ids; the related rows' display values arrive with relations proper. */
export const relationCell: CellRenderer = {
  render: ({ value }) => {
    const ids = Array.isArray(value) ? value : value == null ? [] : [value];
    return (
      <span className="grid-chips">
        {ids.map((id) => (
          <span key={String(id)} className="grid-chip grid-chip--plain">
            {String(id)}
          </span>
        ))}
      </span>
    );
  },
};
