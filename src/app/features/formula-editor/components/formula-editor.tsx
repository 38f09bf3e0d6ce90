import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import { type Completion, complete } from '../model/autocomplete.ts';
import { checkDraft } from '../model/check-draft.ts';
import './formula-editor.css';

interface FormulaEditorProps {
  /** The table's columns, for autocomplete and the live check. */
  columns: Column[];
  /** The name of the computed column the formula belongs to (it cannot read itself). */
  columnName: string;
  value: string;
  onChange: (formula: string) => void;
}

/**
 * A formula input with autocomplete of columns and functions (Tab or Enter takes a suggestion) and a
 * live check: what the formula gives and reads, or what is wrong with it, as the server will judge it.
 */
export function FormulaEditor({ columns, columnName, value, onChange }: FormulaEditorProps) {
  const input = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [completion, setCompletion] = useState<Completion | null>(null);
  const [active, setActive] = useState(0);
  const check = value.trim() ? checkDraft(value, columns, columnName || '(this column)') : null;

  const update = (text: string, caret: number) => {
    onChange(text);
    setCompletion(complete(text, caret, columns, columnName));
    setActive(0);
  };
  const accept = (index: number) => {
    const item = completion?.items[index];
    if (!completion || !item) return;
    const text = value.slice(0, completion.from) + item.insert + value.slice(completion.to);
    const caret = completion.from + item.insert.length;
    onChange(text);
    setCompletion(null);
    requestAnimationFrame(() => input.current?.setSelectionRange(caret, caret));
  };
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!completion) return;
    const count = completion.items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      accept(active);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setCompletion(null);
    }
  };

  return (
    <div className="formula-editor">
      <div className="formula-editor__field">
        <textarea
          ref={input}
          className="input textarea formula-editor__input"
          aria-label="Formula"
          role="combobox"
          aria-expanded={completion !== null}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={completion ? `${listId}-${active}` : undefined}
          spellCheck={false}
          rows={3}
          value={value}
          placeholder="e.g. round(price * qty, 2)"
          onChange={(event) => update(event.target.value, event.target.selectionStart)}
          onKeyDown={keyDown}
          onBlur={() => setCompletion(null)}
        />
        {completion && (
          <div id={listId} role="listbox" className="formula-editor__list" aria-label="Suggestions">
            {completion.items.map((item, index) => (
              <div
                key={`${item.kind}:${item.insert}`}
                id={`${listId}-${index}`}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className="formula-editor__option"
                onMouseDown={(event) => {
                  event.preventDefault();
                  accept(index);
                }}
              >
                <span className={`formula-editor__label formula-editor__label--${item.kind}`}>
                  {item.label}
                </span>
                <span className="formula-editor__detail">{item.detail}</span>
              </div>
            ))}
          </div>
        )}
      </div>
      {check && (
        <p
          className={`formula-editor__check${check.ok ? '' : ' formula-editor__check--error'}`}
          role={check.ok ? 'status' : 'alert'}
        >
          {check.ok
            ? `Gives ${check.resultType} (${check.formulaType.replace('_', ' ')})${check.dependencies.length > 0 ? ` from ${check.dependencies.join(', ')}` : ''}.`
            : check.message}
        </p>
      )}
      <p className="formula-editor__help">
        Columns by name or in braces ({'{Unit price}'}); + - * / %, & joins text, == != &lt; &gt;, && ||, a ?
        b : c. See docs/formulas.md.
      </p>
    </div>
  );
}
