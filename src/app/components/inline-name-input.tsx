import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorText } from '../api/api-client.ts';

interface InlineNameInputProps {
  /** Accessible name of the input, e.g. "Table name". */
  label: string;
  initial?: string;
  placeholder?: string;
  maxLength?: number;
  pending: boolean;
  error: unknown;
  /** Called with the trimmed name when it is non-empty and differs from `initial`. */
  onSave: (name: string) => void;
  /** Called on Escape, or when there is nothing to save. */
  onCancel: () => void;
  className?: string;
}

/**
 * A name typed in place: Enter or leaving the field saves, Escape cancels. Used for renaming
 * tables and projects and for naming a new project.
 */
export function InlineNameInput(props: InlineNameInputProps) {
  const { label, initial = '', placeholder, maxLength = 256, pending, error, onSave, onCancel } = props;
  const [name, setName] = useState(initial);
  // Enter and Escape both end in a blur; this stops that blur from acting a second time.
  const done = useRef(false);

  const save = () => {
    if (done.current) return;
    done.current = true;
    const trimmed = name.trim();
    if (!trimmed || trimmed === initial) onCancel();
    else onSave(trimmed);
  };

  // A refused save leaves the field open for another try.
  useEffect(() => {
    if (error) done.current = false;
  }, [error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  return (
    <form className={`inline-name ${props.className ?? ''}`} onSubmit={submit}>
      <input
        className="input input--compact"
        aria-label={label}
        placeholder={placeholder}
        value={name}
        maxLength={maxLength}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to type this name.
        autoFocus
        onFocus={(event) => event.target.select()}
        onChange={(event) => setName(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // Escape here cancels the edit only; it must not also close a panel or dialog around it.
          event.stopPropagation();
          done.current = true;
          onCancel();
        }}
        disabled={pending}
      />
      {Boolean(error) && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
    </form>
  );
}
