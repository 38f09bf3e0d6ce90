import { useState } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import { RenameTableForm } from './rename-table-form.tsx';

/** The table's name as the page heading; a click turns it into an input (Enter saves, Escape cancels). */
export function TableTitle({ table }: { table: Table }) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    return <RenameTableForm table={table} onDone={() => setEditing(false)} className="table-title__form" />;
  }
  return (
    <h1 id="table-title" className="table-title">
      <button
        type="button"
        className="table-title__button"
        title="Rename table"
        onClick={() => setEditing(true)}
      >
        {table.name}
      </button>
    </h1>
  );
}
