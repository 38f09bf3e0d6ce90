import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { SourceRead, Unit } from './units.ts';

/** A record as one line naming its fields ("Name: Widget; Price: 12"), so the model sees labels with values. */
function recordUnits(rows: string[][], origin: (row: number) => string): Unit[] {
  const [header, ...body] = rows;
  if (!header) return [];
  return body.flatMap((cells, index) => {
    const text = header
      .map((label, column) => [label.trim() || `Column ${column + 1}`, (cells[column] ?? '').trim()])
      .filter(([, value]) => value !== '')
      .map(([label, value]) => `${label}: ${value}`)
      .join('; ');
    return text ? [{ text, origin: origin(index + 2) }] : [];
  });
}

/** A CSV or TSV file, a unit per record (the first line names the fields). */
export function readCsv(text: string, name: string): SourceRead {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  const rows = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
  }) as string[][];
  return { units: recordUnits(rows, (row) => `${name} row ${row}`) };
}

/** Every worksheet of an XLSX workbook, a unit per row (each sheet's first row names the fields). */
export async function readXlsx(bytes: Uint8Array, name: string): Promise<SourceRead> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const units: Unit[] = [];
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((value) => (value === null || value === undefined ? '' : cellText(value))));
    });
    units.push(...recordUnits(rows, (row) => `${name} ${sheet.name} row ${row}`));
  });
  return { units };
}

function cellText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && value !== null) {
    const cell = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if (cell.text !== undefined) return String(cell.text);
    if (cell.result !== undefined) return String(cell.result);
    return JSON.stringify(value);
  }
  return String(value);
}
