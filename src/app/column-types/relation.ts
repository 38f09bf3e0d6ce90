import { relationCell } from '../features/grid/cells/relation-cell.tsx';
import { textField } from '../features/row-panel/fields/text-input.tsx';
import type { AppColumnType } from './column-type.ts';
import { relationSettings } from './settings/relation-settings.tsx';

export const relationColumn: AppColumnType = {
  label: 'Link to another table',
  glyph: '⇄',
  cell: relationCell,
  field: textField({ placeholder: 'row id, row id' }),
  settings: relationSettings,
};
