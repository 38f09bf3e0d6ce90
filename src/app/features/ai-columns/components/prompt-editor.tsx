import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import { completeReference, type OpenReference, referenceAtCaret } from '../model/reference-at-caret.ts';

interface PromptEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Columns the prompt may name (not the column itself). */
  columns: Column[];
  error?: string;
}

const MAX_SUGGESTIONS = 8;

/**
 * The prompt as text, with `{column}` completion: typing `{` lists the columns matching what follows;
 * arrows choose, Enter or Tab inserts, Escape dismisses. Buttons below insert a column for the mouse.
 */
export function PromptEditor({ value, onChange, columns, error }: PromptEditorProps) {
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState<OpenReference | undefined>(undefined);
  const [active, setActive] = useState(0);
  const query = open?.query.trim().toLowerCase() ?? '';
  const suggestions = open
    ? columns
        .filter(
          (column) =>
            column.name.toLowerCase().includes(query) || column.displayName.toLowerCase().includes(query),
        )
        .slice(0, MAX_SUGGESTIONS)
    : [];
  const showList = suggestions.length > 0;

  const track = (text: string, caret: number) => {
    setOpen(referenceAtCaret(text, caret));
    setActive(0);
  };
  const insert = (name: string) => {
    const element = input.current;
    const caret = element?.selectionStart ?? value.length;
    const reference = open ?? { start: caret, query: '' };
    const next = completeReference(value, reference, open ? caret : reference.start, name);
    onChange(next.text);
    setOpen(undefined);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.caret, next.caret);
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!showList) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const chosen = suggestions[active];
      if (chosen) insert(chosen.name);
    } else if (event.key === 'Escape') {
      // Closes the list, not the panel around it.
      event.preventDefault();
      event.stopPropagation();
      setOpen(undefined);
    }
  };

  return (
    <div className="prompt-editor">
      <label className="field" htmlFor={`${id}-prompt`}>
        <span className="field__label">Prompt</span>
      </label>
      <div className="prompt-editor__box">
        <textarea
          ref={input}
          id={`${id}-prompt`}
          className="input prompt-editor__text"
          rows={5}
          value={value}
          placeholder="Rate the sentiment of {feedback} from 1 to 5"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={`${id}-columns`}
          aria-activedescendant={showList ? `${id}-option-${active}` : undefined}
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            onChange(event.target.value);
            track(event.target.value, event.target.selectionStart);
          }}
          onSelect={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(undefined)}
        />
        {showList && (
          <div id={`${id}-columns`} role="listbox" aria-label="Columns" className="prompt-editor__list">
            {suggestions.map((column, index) => (
              <div
                key={column.id}
                id={`${id}-option-${index}`}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className="prompt-editor__option"
                // Keeps focus in the textarea, so its blur does not close the list first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  insert(column.name);
                }}
              >
                <code>{`{${column.name}}`}</code>
                {column.displayName !== column.name && <span> {column.displayName}</span>}
              </div>
            ))}
          </div>
        )}
      </div>
      <p id={`${id}-help`} className="field-hint">
        Type <code>{'{'}</code> to name a column; each row's value goes in its place.
      </p>
      <fieldset className="prompt-editor__chips" aria-label="Insert a column">
        {columns.slice(0, 12).map((column) => (
          <button key={column.id} type="button" className="chip-button" onClick={() => insert(column.name)}>
            {`{${column.name}}`}
          </button>
        ))}
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
