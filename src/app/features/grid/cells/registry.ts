import type { DataType } from '../../../../contract/data-types/index.ts';
import { aiCell } from './ai-cell.tsx';
import { booleanCell } from './boolean-cell.tsx';
import type { CellRenderer } from './cell-renderer.ts';
import { computedCell } from './computed-cell.tsx';
import { dateCell } from './date-cell.tsx';
import { emailCell } from './email-cell.tsx';
import { multiselectCell } from './multiselect-cell.tsx';
import { numberCell } from './number-cell.tsx';
import { relationCell } from './relation-cell.tsx';
import { selectCell } from './select-cell.tsx';
import { textCell } from './text-cell.tsx';
import { urlCell } from './url-cell.tsx';

export type { CellProps, CellRenderer } from './cell-renderer.ts';

/** One renderer per data type: a new type adds a file and a line here. */
export const cellRenderers: Record<DataType, CellRenderer> = {
  text: textCell,
  number: numberCell,
  boolean: booleanCell,
  date: dateCell,
  select: selectCell,
  multiselect: multiselectCell,
  url: urlCell,
  email: emailCell,
  computed: computedCell,
  relation: relationCell,
  ai: aiCell,
};
