import { dayOf, groupsThousands } from '../../../../contract/data-types/index.ts';
import { storageOf } from '../../../column-types/index.ts';
import type { ColumnMeta } from '../../table-meta.ts';

/** Excel's formats for date cells: a day (a date given without a time), or a day and a time (UTC). */
const DAY_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
/** Every digit of a whole number: Excel's General format shows 12 digits or more as 1.23457E+11. */
const WHOLE_FORMAT = '0';

/** How the cells of one column are formatted: a default for the column, and a cell's own when it differs. */
export interface XlsxFormat {
  column?: string;
  cell(value: unknown): string | undefined;
}

/**
 * The formats of a column's cells, by type; undefined when Excel's General fits every value. Dates
 * (and AI answers stored as dates) are days unless they have a time of day; numbers that are
 * identifiers (`thousandsSeparator: false`) show every digit of a whole number.
 */
export function xlsxFormat(column: ColumnMeta): XlsxFormat | undefined {
  const kind = storageOf(column).kind;
  if (kind === 'timestamp') {
    return {
      column: DAY_FORMAT,
      cell: (value) =>
        typeof value === 'string' && dayOf(value) === undefined ? DATE_TIME_FORMAT : undefined,
    };
  }
  if (column.dataType === 'number' && !groupsThousands(column.config)) {
    return { cell: (value) => (Number.isInteger(value) ? WHOLE_FORMAT : undefined) };
  }
  return undefined;
}
