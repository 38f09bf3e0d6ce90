import { imageCell } from '../features/grid/cells/image-cell.tsx';
import { ImageInput } from '../features/row-panel/fields/image-input.tsx';
import type { AppColumnType } from './column-type.ts';

export const imageColumn: AppColumnType = {
  label: 'Image (URL)',
  glyph: '▣',
  cell: imageCell,
  field: { Input: ImageInput, hints: { type: 'url', placeholder: 'https://…/picture.png' } },
};

export const imagesColumn: AppColumnType = {
  label: 'Images (URLs)',
  glyph: '▤',
  cell: imageCell,
  field: { Input: ImageInput, hints: { placeholder: 'https://…/a.png, https://…/b.png' } },
};
