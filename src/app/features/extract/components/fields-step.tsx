import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
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
  const problem = fieldsProblem(fields);
  const update = (id: number, patch: Partial<(typeof fields)[number]>) =>
    change({ fields: fields.map((field) => (field.id === id ? { ...field, ...patch } : field)) });
  const startFrom = async (tableId: string) => {
    if (!tableId) return;
    const table = await queryClient.fetchQuery(getTableQueryOptions(tableId));
    change({ fields: fieldsFromColumns(table.columns), ...(name.trim() === '' && { name: table.name }) });
  };
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (!problem) change({ step: 'sources' });
  };
  return (
    <form className="extract-step" aria-label="Fields to extract" onSubmit={next}>
      <label className="field">
        <span className="field__label">Table name</span>
        <input
          className="input"
          value={name}
          placeholder="Products from the catalogue"
          maxLength={256}
          required
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
            onChange={(patch) => update(field.id, patch)}
            onRemove={() => change({ fields: fields.filter((other) => other.id !== field.id) })}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button button--ghost extract-step__add"
        onClick={() => change({ fields: [...fields, emptyField()] })}
      >
        <PlusIcon />
        Add a field
      </button>
      {problem && fields.some((field) => field.label.trim() !== '') && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog__actions">
        <button type="submit" className="button button--primary" disabled={Boolean(problem) || !name.trim()}>
          Next: documents
        </button>
      </div>
    </form>
  );
}
