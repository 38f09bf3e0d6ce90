import { stringify } from 'csv-stringify/sync';
import type { Row } from '../../../../contract/rows.ts';
import type { ColumnMeta } from '../../table-meta.ts';
import { plainCell } from './cell-values.ts';

/**
 * CSV with csv-stringify: a UTF-8 byte-order mark (Excel reads UTF-8 only with one), a header of column
 * keys (so the file imports back into the same columns), then one record per row. `escape_formulas`
 * puts a quote before text starting with =, +, -, @, tab or CR; numbers are written as numbers.
 */
export async function* writeCsv(columns: ColumnMeta[], pages: AsyncIterable<Row[]>): AsyncGenerator<string> {
  const options = { escape_formulas: true, cast: { boolean: (value: boolean) => String(value) } };
  yield `\uFEFF${stringify([columns.map((column) => column.name)], options)}`;
  for await (const rows of pages) {
    yield stringify(
      rows.map((row) => columns.map((column) => plainCell(column, row.data[column.name]))),
      options,
    );
  }
}
