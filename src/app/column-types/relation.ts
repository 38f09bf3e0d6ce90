import { relationCell } from './cells/relation-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { relationField } from './fields/relation-input.tsx';
import { relationSettings } from './settings/relation-settings.tsx';

export const relationColumn: AppColumnType = {
  label: 'Link to another table',
  glyph: '⇄',
  cell: relationCell,
  field: relationField,
  settings: relationSettings,
};
