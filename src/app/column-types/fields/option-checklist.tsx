import { optionsOf } from '../../../contract/column-of.ts';
import type { Column } from '../../../contract/columns.ts';

interface OptionChecklistProps {
  column: Column;
  selected: string[];
  error: string | undefined;
  onChange: (selected: string[]) => void;
}

/** A multiselect with known options: one checkbox per option, in a labelled group. */
export function OptionChecklist({ column, selected, error, onChange }: OptionChecklistProps) {
  const errorId = `row-field-${column.id}-error`;
  const options = optionsOf(column) ?? [];
  // Values set before the options changed still show, so saving does not silently drop them.
  const all = [...options, ...selected.filter((value) => !options.includes(value))];
  return (
    <fieldset
      className={`field option-checklist${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field__label">{column.displayName}</legend>
      <div className="option-checklist__options">
        {all.map((option) => (
          <label key={option} className="chip-checkbox">
            <input
              type="checkbox"
              checked={selected.includes(option)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...selected, option] : selected.filter((value) => value !== option),
                )
              }
            />
            {option}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
