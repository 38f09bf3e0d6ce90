import { type FormEvent, useRef, useState } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import type { RowData } from '../../../../contract/rows.ts';
import { parseInput } from '../../../lib/parse-input.ts';
import { useCreateRows } from '../api/create-rows.ts';
import { RowField } from './row-field.tsx';
import { splitRowErrors } from './split-row-errors.ts';

interface AddRowFormProps {
  tableId: string;
  columns: Column[];
}

/** One input per writable column; Enter posts the row, and the server's refusals show beside the fields. */
export function AddRowForm({ tableId, columns }: AddRowFormProps) {
  const [values, setValues] = useState<Record<string, string>>({});
  const createRows = useCreateRows();
  const form = useRef<HTMLFormElement>(null);
  // Computed values come from the server; importing the contract's type registry for this one flag
  // would ship zod to the browser.
  const writable = columns.filter((column) => column.dataType !== 'computed');
  const errors = createRows.error ? splitRowErrors(createRows.error, writable) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const data: RowData = {};
    for (const column of writable) {
      const value = parseInput(column, values[column.name] ?? '');
      if (value !== undefined) data[column.name] = value;
    }
    createRows.mutate(
      { tableId, input: { rows: [{ data }] } },
      {
        onSuccess: () => {
          setValues({});
          // Back to the first field, ready for the next row.
          form.current?.querySelector<HTMLElement>('input, select')?.focus();
        },
      },
    );
  };

  return (
    <form ref={form} className="card add-row" onSubmit={submit} aria-label="Add row" noValidate>
      <h2 className="card__title">Add row</h2>
      <div className="add-row__fields">
        {writable.map((column) => (
          <RowField
            key={column.id}
            column={column}
            value={values[column.name] ?? ''}
            error={errors?.byColumn[column.name]}
            onChange={(value) => setValues((current) => ({ ...current, [column.name]: value }))}
          />
        ))}
      </div>
      <div className="add-row__footer">
        {errors && (
          <p className="field-error" role="alert">
            {errors.summary}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={createRows.isPending}>
          Add row
        </button>
      </div>
    </form>
  );
}
