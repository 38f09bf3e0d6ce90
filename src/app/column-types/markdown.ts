import { markdownCell } from './cells/markdown-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { MarkdownInput } from './fields/markdown-input.tsx';

export const markdownColumn: AppColumnType = {
  label: 'Long text (Markdown)',
  glyph: '¶',
  cell: markdownCell,
  field: { Input: MarkdownInput },
  filter: { defaultOperator: 'contains' },
};
