import { useRef, useState } from 'react';
import type { RowData } from '../../../../contract/rows.ts';
import type { Table } from '../../../../contract/tables.ts';
import { focusFirst } from '../../../lib/focus.ts';
import { useCreateRows } from '../../tables/api/create-rows.ts';
import { RowForm } from './row-form.tsx';

interface CreateRowProps {
  table: Table;
  onOpenRow: (rowId: string) => void;
}

/** An empty row form; each save adds a row and clears the form for the next one. */
export function CreateRow({ table, onOpenRow }: CreateRowProps) {
  const createRows = useCreateRows();
  const [added, setAdded] = useState<{ id: string; count: number } | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const save = (data: RowData) => {
    // Empty fields are left out, so the columns' defaults apply.
    const filled = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
    createRows.mutate(
      { tableId: table.id, rows: [filled] },
      {
        onSuccess: ([row]) => {
          if (!row) return;
          setAdded((last) => ({ id: row.id, count: (last?.count ?? 0) + 1 }));
          createRows.reset();
          // Back to the first field, ready for the next row.
          requestAnimationFrame(() => wrapper.current && focusFirst(wrapper.current));
        },
      },
    );
  };

  return (
    <div ref={wrapper}>
      <RowForm
        // A fresh form after each added row.
        key={added?.count ?? 0}
        label="New row"
        columns={table.columns}
        data={{}}
        saving={createRows.isPending}
        error={createRows.error}
        submitLabel="Add row"
        onSave={save}
      >
        {added && (
          <p className="notice notice--success" role="status">
            Row added.{' '}
            <button type="button" className="link-button" onClick={() => onOpenRow(added.id)}>
              Open it
            </button>
          </p>
        )}
      </RowForm>
    </div>
  );
}
