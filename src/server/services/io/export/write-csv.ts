import { stringify } from 'csv-stringify/sync';
import type { ColumnMeta } from '../../store/table-meta.ts';

/**
 * CSV: a UTF-8 byte-order mark (Excel reads UTF-8 only with one), a header of column keys written by
 * csv-stringify (so the file imports back into the same columns), then the lines the store formatted
 * (see csv-lines.ts), page by page.
 */
export async function* writeCsv(
  columns: ColumnMeta[],
  pages: AsyncIterable<string[]>,
): AsyncGenerator<string> {
  yield `\uFEFF${stringify([columns.map((column) => column.name)], { escape_formulas: true })}`;
  for await (const lines of pages) yield `${lines.join('\n')}\n`;
}
