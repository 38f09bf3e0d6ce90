import type { Column } from '../../../../contract/columns.ts';
import type { Row } from '../../../../contract/rows.ts';
import { formatValue } from '../../../lib/format-value.ts';

interface RowsTableProps {
  tableName: string;
  columns: Column[];
  rows: Row[];
}

/** A plain HTML table of rows; a stand-in until the virtualized grid replaces it. */
export function RowsTable({ tableName, columns, rows }: RowsTableProps) {
  return (
    <div className="rows-table__scroller">
      <table className="rows-table" aria-label={`${tableName} rows`}>
        <thead>
          <tr>
            <th scope="col" className="rows-table__index">
              <span className="visually-hidden">Row number</span>
              <span aria-hidden="true">#</span>
            </th>
            {columns.map((column) => (
              <th key={column.id} scope="col" data-type={column.dataType}>
                {column.displayName}
                <span className="rows-table__type" aria-hidden="true">
                  {column.dataType}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td className="rows-table__empty" colSpan={columns.length + 1}>
                No rows yet — add one below.
              </td>
            </tr>
          )}
          {rows.map((row, index) => (
            <tr key={row.id}>
              <td className="rows-table__index">{index + 1}</td>
              {columns.map((column) => {
                const text = formatValue(row.data[column.name], column.dataType);
                // Long values are cut to one line; the tooltip shows them whole.
                return (
                  <td key={column.id} data-type={column.dataType} title={text.length > 40 ? text : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
