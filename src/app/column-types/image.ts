import { imageCell } from './cells/image-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { ImageInput } from './fields/image-input.tsx';

export const imageColumn: AppColumnType = {
  label: 'Image (URL)',
  glyph: '▣',
  cell: imageCell,
  field: { Input: ImageInput, hints: { type: 'url', placeholder: 'https://…/picture.png' } },
  filter: { defaultOperator: 'contains' },
};

export const imagesColumn: AppColumnType = {
  label: 'Images (URLs)',
  glyph: '▤',
  cell: imageCell,
  field: { Input: ImageInput, hints: { placeholder: 'https://…/a.png, https://…/b.png' } },
  // A list of addresses: `contains` finds one of them; lists have no order.
  filter: { defaultOperator: 'contains', unordered: true },
};
