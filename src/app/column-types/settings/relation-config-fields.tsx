import { useTable } from '../../features/tables/api/get-table.ts';
import { useTables } from '../../features/tables/api/get-tables.ts';

interface RelationConfigFieldsProps {
  tableId: string;
  targetTableId: string;
  displayColumn: string;
  onChange: (patch: { targetTableId?: string; displayColumn?: string }) => void;
}

/** A relation column's settings: the table it links to, and which of its columns names a linked row. */
export function RelationConfigFields({
  tableId,
  targetTableId,
  displayColumn,
  onChange,
}: RelationConfigFieldsProps) {
  const tables = useTables();
  const target = useTable(targetTableId || tableId);
  return (
    <>
      <label className="field">
        <span className="field__label">Links to table</span>
        <select
          className="input input--compact"
          value={targetTableId}
          onChange={(event) => onChange({ targetTableId: event.target.value, displayColumn: '' })}
        >
          <option value="">Choose a table</option>
          {tables.data?.map((table) => (
            <option key={table.id} value={table.id}>
              {table.id === tableId ? `${table.name} (this table)` : table.name}
            </option>
          ))}
        </select>
      </label>
      {targetTableId && (
        <label className="field">
          <span className="field__label">Show linked rows by</span>
          <select
            className="input input--compact"
            value={displayColumn}
            onChange={(event) => onChange({ displayColumn: event.target.value })}
          >
            <option value="">First column</option>
            {target.data?.columns.map((column) => (
              <option key={column.id} value={column.name}>
                {column.displayName}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
