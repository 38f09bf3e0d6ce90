import ExcelJS from 'exceljs';
import type { RawRecord } from './raw-record.ts';

/** What a spreadsheet cell holds, as a plain value: formulas give their cached result, dates ISO text. */
export function cellValue(value: ExcelJS.CellValue, notes: Set<string>): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return value;
  if ('formula' in value || 'sharedFormula' in value) {
    notes.add('Formulas are imported as the values Excel last calculated for them');
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? null : cellValue(result, notes);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text, notes);
  if ('error' in value) {
    notes.add('Cells showing an Excel error (#DIV/0!, #N/A, ...) are imported as that text');
    return value.error;
  }
  return String(value);
}

/**
 * The first worksheet's rows, read with exceljs. exceljs holds the whole workbook in memory, which
 * is why XLSX uploads have their own, smaller size limit. A merged range gives its value to every
 * cell it covers (a "Region" merged down three rows belongs to each of them); dates come as ISO
 * text, formulas as their last calculated value.
 */
export async function* readXlsx(path: string, notes: Set<string>): AsyncGenerator<RawRecord> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    yield { kind: 'error', message: `The file is not a readable XLSX workbook: ${(error as Error).message}` };
    return;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return;
  if (workbook.worksheets.length > 1) {
    notes.add(
      `Only the first sheet, "${sheet.name}", was read; the workbook has ${workbook.worksheets.length}`,
    );
  }
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length > 0) {
    notes.add(
      `Merged cells (${merges.slice(0, 3).join(', ')}${merges.length > 3 ? ', ...' : ''}): each cell of a merged range gets its value`,
    );
  }
  const rows: RawRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push({ kind: 'cells', line, cells: values.slice(1).map((value) => cellValue(value, notes)) });
  });
  yield* rows;
}
