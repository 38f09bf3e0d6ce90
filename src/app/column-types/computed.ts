import { computedCell } from './cells/computed-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { ReadOnlyInput } from './fields/choice-inputs.tsx';
import { formulaSettings } from './settings/formula-settings.tsx';

export const computedColumn: AppColumnType = {
  label: 'Formula',
  glyph: 'ƒ',
  cell: computedCell,
  field: { Input: ReadOnlyInput },
  settings: formulaSettings,
};
