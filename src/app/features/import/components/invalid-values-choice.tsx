import type { InvalidValues } from '../../../../contract/imports.ts';

const CHOICES: Array<{ value: InvalidValues; label: string; hint: string }> = [
  { value: 'empty_cell', label: 'Leave the cell empty', hint: 'the row is imported without that value' },
  { value: 'skip_row', label: 'Leave the row out', hint: 'the whole row is not imported' },
];

interface InvalidValuesChoiceProps {
  value: InvalidValues;
  onChange: (value: InvalidValues) => void;
}

/**
 * What a value that does not fit its column ($1,234.50 in a number column) does to its row. The
 * wizard offers both and starts on keeping the row: one bad cell should not cost the other cells.
 */
export function InvalidValuesChoice({ value, onChange }: InvalidValuesChoiceProps) {
  return (
    <fieldset className="invalid-values">
      <legend className="invalid-values__legend">When a value does not fit its column's type</legend>
      <div className="invalid-values__options">
        {CHOICES.map((choice) => (
          <label key={choice.value} className="checkbox-row">
            <input
              type="radio"
              name="invalid-values"
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
            <span className="checkbox-row__meta">{choice.hint}</span>
          </label>
        ))}
      </div>
      <span className="invalid-values__hint">Either way, every refused value is listed in the report.</span>
    </fieldset>
  );
}
