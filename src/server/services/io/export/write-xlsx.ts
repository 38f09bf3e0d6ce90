import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Row } from '../../../../contract/rows.ts';
import type { ColumnMeta } from '../../table-meta.ts';
import { neutralise, plainCell } from './cell-values.ts';

/**
 * XLSX through exceljs's streaming writer: rows are committed as they come, so the sheet is never held
 * whole. Dates are real date cells; text that would run as a formula gets a leading quote, as in CSV.
 * The caller keeps to Excel's 1,048,576 rows per sheet.
 */
export function writeXlsx(
  columns: ColumnMeta[],
  pages: AsyncIterable<Row[]>,
  onError: (error: unknown) => void,
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Data');
  sheet.columns = columns.map((column) => ({
    header: column.name,
    key: column.name,
    width: Math.min(Math.max(column.name.length + 2, 12), 40),
    ...(column.dataType === 'date' && { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } }),
  }));
  const cell = (column: ColumnMeta, value: unknown): ExcelJS.CellValue => {
    if (value === null || value === undefined) return null;
    if (column.dataType === 'date' && typeof value === 'string') return new Date(value);
    const plain = plainCell(column, value);
    return typeof plain === 'string' ? neutralise(plain) : plain;
  };
  void (async () => {
    for await (const rows of pages) {
      for (const row of rows)
        sheet.addRow(columns.map((column) => cell(column, row.data[column.name]))).commit();
      // Wait for the reader when it falls behind: the zip stream would otherwise buffer the sheet.
      if (output.writableNeedDrain) await once(output, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    onError(error);
    output.destroy(error as Error);
  });
  return output;
}
