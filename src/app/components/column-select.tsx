import type { Column } from '../../contract/columns.ts';

interface ColumnSelectProps {
  label: string;
  /** The column name chosen. */
  value: string;
  columns: Column[];
  onChange: (name: string) => void;
}

/** A dropdown of the table's columns by display name; a name no column has any more shows as deleted. */
export function ColumnSelect({ label, value, columns, onChange }: ColumnSelectProps) {
  const known = columns.some((c) => c.name === value);
  return (
    <select
      className="input input--compact"
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {!known && <option value={value}>{value} (deleted)</option>}
      {columns.map((c) => (
        <option key={c.id} value={c.name}>
          {c.displayName}
        </option>
      ))}
    </select>
  );
}
