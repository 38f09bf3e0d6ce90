import type { Column } from '../../../../contract/columns.ts';
import type { FieldDraft } from '../../../column-types/fields/form-field.ts';
import { appColumnTypes } from '../../../column-types/index.ts';
import { isWritable } from '../../../lib/cell-text.ts';

interface RowFormFieldProps {
  column: Column;
  draft: FieldDraft;
  /** The stored value, shown read-only for computed columns. */
  value: unknown;
  error: string | undefined;
  onChange: (draft: FieldDraft) => void;
}

/** One labelled field of the row form: the control its type's registry entry names, and its error. */
export function RowFormField({ column, draft, value, error, onChange }: RowFormFieldProps) {
  const id = `row-field-${column.id}`;
  const errorId = `${id}-error`;
  const field = appColumnTypes[column.dataType].field;
  const layout = field.layout?.(column) ?? 'block';
  const control = (
    <field.Input
      id={id}
      column={column}
      draft={draft}
      value={value}
      error={error}
      invalid={{ 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined }}
      onChange={onChange}
      hints={field.hints}
    />
  );
  // A group (options to tick) is a fieldset with its own legend and error.
  if (layout === 'group') return control;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${layout === 'inline' ? ' field--inline' : ''}`}>
      <div className="field__head">
        <label className="field__label" htmlFor={id}>
          {column.displayName}
        </label>
        <span className="field__type">
          {isWritable(column) ? column.dataType : `${column.dataType} · read-only`}
        </span>
      </div>
      {control}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
