import { Readable } from 'node:stream';
import { type ExportQuery, XLSX_MAX_DATA_ROWS } from '../../../../contract/exports.ts';
import { orderClause } from '../../rows/row-query.ts';
import { ValidationError } from '../../store/errors.ts';
import type { Store } from '../../store/store.ts';
import type { ColumnMeta, TableMeta } from '../../store/table-meta.ts';
import { csvLineSelect } from './csv-lines.ts';
import { countView, exportPages, exportSelect } from './export-pages.ts';
import { writeCsv } from './write-csv.ts';
import { writeJson } from './write-json.ts';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Readable;
}

/** The columns asked for, in that order; every column when none are named. */
function pickColumns(table: TableMeta, names: string[] | undefined): ColumnMeta[] {
  if (!names) return table.columns;
  const byName = new Map(table.columns.map((column) => [column.name, column]));
  const unknown = names.filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    throw new ValidationError(
      'Invalid columns',
      unknown.map((name) => ({ path: 'columns', message: `Unknown column "${name}"` })),
    );
  }
  return names.flatMap((name) => byName.get(name) ?? []);
}

/**
 * A table (or the grid's view of it: filters, sorts, search, visible columns) as a CSV, JSON or XLSX
 * stream. Everything that can be refused is checked before the first byte, since a status cannot
 * change once the download has started.
 */
export async function exportTable(
  store: Store,
  tableId: string,
  query: ExportQuery,
  pageRows: number,
  onError: (error: unknown) => void,
): Promise<ExportFile> {
  const table = await store.tables.get(tableId);
  const columns = pickColumns(table, query.columns);
  const view = { filters: query.filters, sorts: query.sorts, search: query.search };
  // The WHERE (in the count) and ORDER BY are built now: an unknown column or a bad value is a 400,
  // not a download that breaks off.
  const rows = await countView(store, table, view);
  if (query.format === 'xlsx' && rows > XLSX_MAX_DATA_ROWS) {
    throw new ValidationError('Too many rows for XLSX', [
      {
        path: 'format',
        message: `An Excel sheet holds ${XLSX_MAX_DATA_ROWS} rows; this export has ${rows}. Use CSV or filter the rows.`,
      },
    ]);
  }
  orderClause(table.columns, query.sorts);
  const body =
    query.format === 'xlsx'
      ? // exceljs loads on first use: it is a large part of a server start (docs/decisions.md).
        (await import('./write-xlsx.ts')).writeXlsx(
          columns,
          exportPages(store, table, view, pageRows),
          onError,
        )
      : query.format === 'json'
        ? Readable.from(writeJson(columns, exportPages(store, table, view, pageRows)))
        : Readable.from(
            writeCsv(
              columns,
              exportSelect(
                store,
                table,
                view,
                pageRows,
                csvLineSelect(columns),
                (page: Array<{ id: string; line: string }>) => page.map((row) => row.line),
              ),
            ),
          );
  return { fileName: `${table.name}.${query.format}`, contentType: CONTENT_TYPES[query.format], body };
}
