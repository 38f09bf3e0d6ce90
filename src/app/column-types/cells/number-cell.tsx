import { isColumnOf } from '../../../contract/column-of.ts';
import { formatNumber } from '../../../contract/data-types/index.ts';
import type { CellRenderer } from './cell-renderer.ts';

/** Numbers, formatted for the reader's locale (grouped unless the column holds identifiers), right-aligned. */
export const numberCell: CellRenderer = {
  align: 'end',
  render: ({ value, column }) =>
    typeof value === 'number' ? (
      <span className="grid-cell__number">
        {formatNumber(value, isColumnOf('number')(column) ? column.config : undefined)}
      </span>
    ) : value == null ? null : (
      String(value)
    ),
};
