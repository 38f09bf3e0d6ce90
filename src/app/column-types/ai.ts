import { aiCell } from './cells/ai-cell.tsx';
import type { AppColumnType } from './column-type.ts';
import { TextAreaInput } from './fields/text-input.tsx';
import { aiSettings } from './settings/ai-settings.tsx';

export const aiColumn: AppColumnType = {
  label: 'AI (a prompt per row)',
  glyph: '✦',
  cell: aiCell,
  field: // An AI cell edited by a person keeps their value (and is locked against reruns).
    { Input: TextAreaInput },
  settings: aiSettings,
};
