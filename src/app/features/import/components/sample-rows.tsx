import { countText } from '../../../../contract/count-text.ts';

const cell = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/** The file's first rows as they were read, before any type is applied: a preview to check the columns. */
export function SampleRows({ headers, rows }: { headers: string[]; rows: Array<Record<string, unknown>> }) {
  if (rows.length === 0) return null;
  return (
    <details className="sample-rows">
      <summary>First {countText(rows.length, 'row')} of the file</summary>
      <div className="sample-rows__scroll">
        <table className="mapping-table">
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no id, and never reorder.
              <tr key={index}>
                {headers.map((header) => (
                  <td key={header} className="mapping-table__sample">
                    {cell(row[header])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
