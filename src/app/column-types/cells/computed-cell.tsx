import { isFormulaError } from '../../../contract/data-types/index.ts';
import { cellText } from '../../lib/cell-text.ts';
import type { CellRenderer } from './cell-renderer.ts';
import { ExpandableText } from './expandable-text.tsx';

/**
 * A value the server computed: numbers right-aligned as numbers, anything else as text, and a formula
 * that failed on this row as its error (as a spreadsheet shows #DIV/0!), the reason on hover.
 */
export const computedCell: CellRenderer = {
  render: ({ value, column }) => {
    if (value === null || value === undefined) return null;
    if (isFormulaError(value)) {
      return (
        <span
          className="grid-formula-error"
          role="img"
          aria-label={`Formula error: ${value.error}`}
          title={value.error}
        >
          #ERROR <span className="grid-formula-error__reason">{value.error}</span>
        </span>
      );
    }
    if (typeof value === 'number') return <span className="grid-cell__number">{value.toLocaleString()}</span>;
    return <ExpandableText text={cellText(value, column)} />;
  },
};
