import { type FormEvent, type ReactNode, useState } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import type { RowData } from '../../../../contract/rows.ts';
import type { FieldDraft } from '../../../column-types/fields/form-field.ts';
import { isWritable, unreadableText } from '../../../lib/cell-text.ts';
import { fromDraft, toDraft } from '../fields/registry.ts';
import { RowFormField } from '../fields/row-form-field.tsx';
import { fieldErrors } from './field-errors.ts';

interface RowFormProps {
  /** Accessible name of the form, e.g. "Edit row" or "New row". */
  label: string;
  columns: Column[];
  /** The stored values the fields start from; untouched fields keep following them. */
  data: RowData;
  saving: boolean;
  /** The last refused save, whose details are shown at the fields they name. */
  error: unknown;
  submitLabel: string;
  /** Called with every writable column's value: the edited ones from the form, the rest as stored. */
  onSave: (data: RowData) => void;
  /** Called on the first edit after a reset, to note which version the edit is based on. */
  onEdit?: () => void;
  /** Messages above the buttons (saved, conflict). */
  children?: ReactNode;
}

/** A row as a form: one labelled, type-aware field per column, in column order. */
export function RowForm({
  label,
  columns,
  data,
  saving,
  error,
  submitLabel,
  onSave,
  onEdit,
  children,
}: RowFormProps) {
  const [drafts, setDrafts] = useState<Record<string, FieldDraft>>({});
  // Text refused here before saving (not JSON in a JSON field), by column, until the field changes.
  const [unread, setUnread] = useState<Record<string, string>>({});
  const ordered = [...columns].sort((a, b) => a.position - b.position);
  const sent = error ? fieldErrors(error, new Set(columns.map((c) => c.name))) : undefined;
  const errors = { byColumn: { ...sent?.byColumn, ...unread }, other: sent?.other ?? [] };
  const dirty = Object.keys(drafts).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const out: RowData = {};
    const refused: Record<string, string> = {};
    for (const column of ordered) {
      if (!isWritable(column)) continue;
      const draft = drafts[column.name];
      const reason = typeof draft === 'string' ? unreadableText(draft, column) : undefined;
      if (reason) refused[column.name] = reason;
      out[column.name] = draft === undefined ? (data[column.name] ?? null) : fromDraft(column, draft);
    }
    setUnread(refused);
    if (Object.keys(refused).length === 0) onSave(out);
  };

  const change = (name: string, draft: FieldDraft) => {
    if (!dirty) onEdit?.();
    setDrafts((current) => ({ ...current, [name]: draft }));
    setUnread(({ [name]: _, ...rest }) => rest);
  };

  const named = ordered
    .filter((c) => errors.byColumn[c.name])
    .map((c) => `${c.displayName}: ${errors.byColumn[c.name]}`);
  const reasons = [...named, ...errors.other];
  return (
    <form
      className="row-form"
      aria-label={label}
      noValidate
      onSubmit={submit}
      // Ctrl+Enter saves from anywhere, a multi-line text field included.
      onKeyDown={(event) =>
        event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.currentTarget.requestSubmit()
      }
    >
      <div className="row-form__fields">
        {ordered.map((column) => (
          <RowFormField
            key={column.id}
            column={column}
            draft={drafts[column.name] ?? toDraft(column, data[column.name])}
            value={data[column.name]}
            error={errors.byColumn[column.name]}
            onChange={(draft) => change(column.name, draft)}
          />
        ))}
      </div>
      <div className="row-form__footer">
        {reasons.length > 0 && (
          <p className="notice notice--error" role="alert">
            Not saved: {reasons.join('; ')}
          </p>
        )}
        {children}
        <div className="row-form__buttons">
          {dirty && (
            <button type="button" className="button button--ghost" onClick={() => setDrafts({})}>
              Discard changes
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={saving}>
            {submitLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
