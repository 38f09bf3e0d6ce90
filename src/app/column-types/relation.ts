import { relationCell } from '../features/grid/cells/relation-cell.tsx';
import { relationField } from '../features/row-panel/fields/relation-input.tsx';
import type { AppColumnType } from './column-type.ts';
import { relationSettings } from './settings/relation-settings.tsx';

export const relationColumn: AppColumnType = {
  label: 'Link to another table',
  glyph: '⇄',
  cell: relationCell,
  field: relationField,
  settings: relationSettings,
};
