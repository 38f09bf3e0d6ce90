import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Row } from '../../../../contract/rows.ts';
import { storageOf } from '../../../column-types/index.ts';
import type { ColumnMeta } from '../../store/table-meta.ts';
import { neutralise, plainCell } from './cell-values.ts';
import { xlsxFormat } from './xlsx-formats.ts';

/**
 * XLSX through exceljs's streaming writer: rows are committed as they come, so the sheet is never held
 * whole. Dates are real date cells, shown as a day unless they have a time of day (xlsx-formats.ts); text that would run as a formula gets a leading quote, as in CSV.
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
  const formats = columns.map(xlsxFormat);
  // Date columns, and AI columns whose answers are dates: their ISO text becomes a date cell.
  const isDate = columns.map((column) => storageOf(column).kind === 'timestamp');
  const formatted = formats.flatMap((format, index) => (format ? [index] : []));
  sheet.columns = columns.map((column, index) => {
    const numFmt = formats[index]?.column;
    return {
      header: column.name,
      key: column.name,
      width: Math.min(Math.max(column.name.length + 2, 12), 40),
      ...(numFmt && { style: { numFmt } }),
    };
  });
  const cell = (column: ColumnMeta, index: number, value: unknown): ExcelJS.CellValue => {
    if (value === null || value === undefined) return null;
    if (isDate[index] && typeof value === 'string') return new Date(value);
    const plain = plainCell(column, value);
    return typeof plain === 'string' ? neutralise(plain) : plain;
  };
  void (async () => {
    for await (const rows of pages) {
      for (const row of rows) {
        const added = sheet.addRow(
          columns.map((column, index) => cell(column, index, row.data[column.name])),
        );
        // A cell whose value needs its own format (a date with a time, a long identifier).
        for (const index of formatted) {
          const numFmt = formats[index]?.cell(row.data[columns[index]?.name ?? '']);
          if (numFmt) added.getCell(index + 1).numFmt = numFmt;
        }
        added.commit();
      }
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
