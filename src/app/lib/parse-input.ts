import type { Column } from '../../contract/columns.ts';

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Turns what was typed into a form field into the JSON value the API expects for the column.
 * Text that does not fit is sent as typed: the server is the one judge of validity and its
 * message ("Expected a number") is what the user sees. Undefined means "leave empty".
 */
export function parseInput(column: Pick<Column, 'dataType'>, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  switch (column.dataType) {
    case 'number': {
      const cleaned = trimmed.replace(/,/g, '');
      return NUMBER_TEXT.test(cleaned) ? Number(cleaned) : trimmed;
    }
    case 'boolean':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : trimmed;
    case 'multiselect':
      return trimmed
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
    default:
      return column.dataType === 'text' ? text : trimmed;
  }
}
