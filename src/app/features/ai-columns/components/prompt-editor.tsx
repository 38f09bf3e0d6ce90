import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { referenceFor } from '../../../../contract/ai/references.ts';
import type { Column } from '../../../../contract/columns.ts';
import { completeReference, type OpenReference, referenceAtCaret } from '../model/reference-at-caret.ts';

interface PromptEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Columns the prompt may name (not the column itself). */
  columns: Column[];
  error?: string;
  /** The field's label and example; a prompt editor elsewhere (an enrichment step) names its own. */
  label?: string;
  placeholder?: string;
  /** A few rows for short prompts. */
  rows?: number;
  /** The help line and the column buttons below; editors repeated in a list leave them out. */
  helpers?: boolean;
}

const MAX_SUGGESTIONS = 8;

/**
 * The prompt as text, with `{column}` completion: typing `{` lists the columns matching what follows;
 * arrows choose, Enter or Tab inserts, Escape dismisses. Buttons below insert a column for the mouse.
 */
export function PromptEditor({
  value,
  onChange,
  columns,
  error,
  label = 'Prompt',
  placeholder = 'Rate the sentiment of {feedback} from 1 to 5',
  rows = 5,
  helpers = true,
}: PromptEditorProps) {
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
  // One style everywhere: a column goes in as people see it, {Full name}, unless that name is not its alone.
  const written = (column: Column) => referenceFor(column, columns);

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
      if (chosen) insert(written(chosen));
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
        <span className="field__label">{label}</span>
      </label>
      <div className="prompt-editor__box">
        <textarea
          ref={input}
          id={`${id}-prompt`}
          className="input prompt-editor__text"
          rows={rows}
          value={value}
          placeholder={placeholder}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={`${id}-columns`}
          aria-activedescendant={showList ? `${id}-option-${active}` : undefined}
          aria-invalid={Boolean(error)}
          aria-describedby={helpers ? `${id}-help` : undefined}
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
                  insert(written(column));
                }}
              >
                <code>{`{${written(column)}}`}</code>
                {written(column) !== column.name && <span> {column.name}</span>}
              </div>
            ))}
          </div>
        )}
      </div>
      {helpers && (
        <>
          <p id={`${id}-help`} className="field-hint">
            Type <code>{'{'}</code> to name a column, by the name you see or its key; each row's value goes in
            its place.
          </p>
          <fieldset className="prompt-editor__chips" aria-label="Insert a column">
            {columns.slice(0, 12).map((column) => (
              <button
                key={column.id}
                type="button"
                className="chip-button"
                onClick={() => insert(written(column))}
              >
                {`{${written(column)}}`}
              </button>
            ))}
          </fieldset>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
