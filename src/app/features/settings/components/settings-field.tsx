import type { ReactNode } from 'react';

/** What a field's control spreads on itself: its id, and its hint and error as its description. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface SettingsFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled field whose hint and error are read out with its control (aria-describedby). */
export function SettingsField({ id, label, hint, error, children }: SettingsFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
