import { computedCell } from '../features/grid/cells/computed-cell.tsx';
import { ReadOnlyInput } from '../features/row-panel/fields/choice-inputs.tsx';
import type { AppColumnType } from './column-type.ts';
import { formulaSettings } from './settings/formula-settings.tsx';

export const computedColumn: AppColumnType = {
  label: 'Formula',
  glyph: 'ƒ',
  cell: computedCell,
  field: { Input: ReadOnlyInput },
  settings: formulaSettings,
};
