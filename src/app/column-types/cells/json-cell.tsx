import type { CellRenderer } from './cell-renderer.ts';

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/**
 * A JSON value folded to one line: an object as `{…}` with its key count and first keys, an array as
 * `[…]` with its length; scalars as JSON. The whole value is in the title and in the editor.
 */
export function foldJson(value: unknown): string {
  if (Array.isArray(value)) return `[…] ${plural(value.length, 'item')}`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const first = keys.slice(0, 3).join(', ');
    return `{…} ${plural(keys.length, 'key')}${first ? `: ${first}${keys.length > 3 ? ', …' : ''}` : ''}`;
  }
  return JSON.stringify(value);
}

/** Any JSON, folded; hover shows it whole (up to a screenful). */
export const jsonCell: CellRenderer = {
  render: ({ value }) =>
    value === null || value === undefined ? null : (
      <span className="grid-cell__json" title={JSON.stringify(value, null, 2).slice(0, 2000)}>
        {foldJson(value)}
      </span>
    ),
};
