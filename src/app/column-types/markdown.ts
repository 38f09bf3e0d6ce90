import { markdownCell } from '../features/grid/cells/markdown-cell.tsx';
import { MarkdownInput } from '../features/row-panel/fields/markdown-input.tsx';
import type { AppColumnType } from './column-type.ts';

export const markdownColumn: AppColumnType = {
  label: 'Long text (Markdown)',
  glyph: '¶',
  cell: markdownCell,
  field: { Input: MarkdownInput },
  filter: { defaultOperator: 'contains' },
};
