import { dayOf } from '../../../../contract/data-types/index.ts';
import { serverColumnTypeOf, storageOf, type XlsxFormat } from '../../../column-types/index.ts';
import type { ColumnMeta } from '../../store/table-meta.ts';

/** Excel's formats for date cells: a day (a date given without a time), or a day and a time (UTC). */
const DAY_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * The formats of a column's cells; undefined when Excel's General fits every value. Dates (and AI
 * answers stored as dates) are days unless they have a time of day; a type may have its own format
 * (its server entry's `xlsxFormat`: numbers that are identifiers show every digit).
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
  return serverColumnTypeOf(column.dataType).xlsxFormat?.(column.config);
}
