import type { Row } from '../../../../contract/rows.ts';
import type { ColumnMeta } from '../../store/table-meta.ts';

/** A JSON array of the rows' data, keyed by column name, values typed as the API returns them. */
export async function* writeJson(columns: ColumnMeta[], pages: AsyncIterable<Row[]>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const rows of pages) {
    const parts = rows.map((row) => {
      const data: Record<string, unknown> = {};
      for (const column of columns) data[column.name] = row.data[column.name] ?? null;
      return JSON.stringify(data);
    });
    yield `${first ? '\n' : ',\n'}${parts.join(',\n')}`;
    first = false;
  }
  yield '\n]\n';
}
