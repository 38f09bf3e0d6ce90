import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { PlusIcon } from '../../../components/icons.tsx';
import { getTableQueryOptions } from '../../tables/api/get-table.ts';
import { useTables } from '../../tables/api/get-tables.ts';
import { emptyField, fieldsFromColumns, fieldsProblem } from '../model/field-draft.ts';
import { useExtractionDraft } from './extraction-draft-store.ts';
import { FieldEditor } from './field-editor.tsx';

/** Step 1: the table's name and the fields every item found gets, written or taken from a table. */
export function FieldsStep() {
  const { name, fields, change } = useExtractionDraft();
  const tables = useTables();
  const queryClient = useQueryClient();
  const problem = name.trim() === '' ? 'Name the table' : fieldsProblem(fields);
  // Said once Next was tried, or as soon as a field has a name (before, an empty form is no mistake).
  const [tried, setTried] = useState(false);
  const shown = tried || fields.some((field) => field.label.trim() !== '') ? problem : null;
  const nameInput = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const fieldInputs = useRef(new Map<number, HTMLInputElement>());
  // Where focus goes once the fields have changed: a new field's name, the one that took a removed one's place.
  const focusNext = useRef<number | 'add' | null>(null);
  useEffect(() => {
    const wanted = focusNext.current;
    if (wanted === null) return;
    focusNext.current = null;
    (wanted === 'add' ? addButton.current : fieldInputs.current.get(wanted))?.focus();
  });
  const add = () => {
    const field = emptyField();
    focusNext.current = field.id;
    change({ fields: [...fields, field] });
  };
  const remove = (id: number) => {
    const index = fields.findIndex((field) => field.id === id);
    const rest = fields.filter((field) => field.id !== id);
    focusNext.current = (rest[index] ?? rest[index - 1])?.id ?? 'add';
    change({ fields: rest });
  };
  const update = (id: number, patch: Partial<(typeof fields)[number]>) =>
    change({ fields: fields.map((field) => (field.id === id ? { ...field, ...patch } : field)) });
  const startFrom = async (tableId: string) => {
    if (!tableId) return;
    const table = await queryClient.fetchQuery(getTableQueryOptions(tableId));
    change({ fields: fieldsFromColumns(table.columns), ...(name.trim() === '' && { name: table.name }) });
  };
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (!problem) {
      change({ step: 'sources' });
      return;
    }
    // Focus goes where the problem is: the table's name, or the first field without one.
    setTried(true);
    const unnamed = fields.find((field) => field.label.trim() === '');
    if (name.trim() === '') nameInput.current?.focus();
    else if (unnamed) fieldInputs.current.get(unnamed.id)?.focus();
  };
  return (
    <form className="extract-step" aria-label="Fields to extract" onSubmit={next}>
      <label className="field">
        <span className="field__label">Table name</span>
        <input
          ref={nameInput}
          className="input"
          value={name}
          placeholder="Products from the catalogue"
          maxLength={256}
          aria-invalid={shown === 'Name the table' || undefined}
          data-step-focus
          onChange={(event) => change({ name: event.target.value })}
        />
      </label>
      <div className="extract-step__head">
        <h3 className="extract-step__title">Fields</h3>
        {(tables.data?.length ?? 0) > 0 && (
          <label className="extract-step__from">
            <span>Start from the columns of</span>
            <select
              className="input input--compact"
              value=""
              aria-label="Start from the columns of a table"
              onChange={(event) => void startFrom(event.target.value)}
            >
              <option value="">a table…</option>
              {tables.data?.map((table) => (
                <option key={table.id} value={table.id}>
                  {table.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="field-hint">
        One row is made for every item the documents describe, with these fields as columns.
      </p>
      <ol className="field-editors">
        {fields.map((field, index) => (
          <FieldEditor
            key={field.id}
            field={field}
            position={index + 1}
            nameRef={(input) => {
              if (input) fieldInputs.current.set(field.id, input);
              else fieldInputs.current.delete(field.id);
            }}
            onChange={(patch) => update(field.id, patch)}
            onRemove={() => remove(field.id)}
          />
        ))}
      </ol>
      <button type="button" ref={addButton} className="button button--ghost extract-step__add" onClick={add}>
        <PlusIcon />
        Add a field
      </button>
      {shown && (
        <p className="field-error" role="alert">
          {shown}
        </p>
      )}
      <div className="dialog__actions">
        <button type="submit" className="button button--primary">
          Next: documents
        </button>
      </div>
    </form>
  );
}
