import type { OutputFormat } from '../../../../contract/ai/config.ts';
import { formatOf } from '../../../../contract/ai/formats.ts';
import type { CellRenderer } from './cell-renderer.ts';
import { computedCell } from './computed-cell.tsx';
import { dateCell } from './date-cell.tsx';
import { emailCell } from './email-cell.tsx';
import { multiselectCell } from './multiselect-cell.tsx';
import { numberCell } from './number-cell.tsx';
import { selectCell } from './select-cell.tsx';
import { urlCell } from './url-cell.tsx';

/** An AI cell shows its value as the type its output format produces; the rest reads as text. */
const byFormat: Partial<Record<OutputFormat, CellRenderer>> = {
  number: numberCell,
  grade: numberCell,
  date: dateCell,
  label: selectCell,
  multiselect: multiselectCell,
  url: urlCell,
  email: emailCell,
};

const rendererOf = (props: Parameters<CellRenderer['render']>[0]) =>
  byFormat[formatOf(props.column.config)] ?? computedCell;

export const aiCell: CellRenderer = {
  render: (props) => rendererOf(props).render(props),
};
