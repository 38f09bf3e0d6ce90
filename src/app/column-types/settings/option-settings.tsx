import { useState } from 'react';
import { hasOptions } from '../../../contract/column-of.ts';
import type { ColumnDetailsProps, ColumnSettings, NewColumnFieldsProps } from '../column-type.ts';
import { OptionColors } from './option-colors.tsx';

/** A new select's options, typed as "New, In review, Done"; the text is kept as typed while edited. */
function NewOptions({ config, onChange }: NewColumnFieldsProps) {
  const [text, setText] = useState((config.options ?? []).join(', '));
  const change = (next: string) => {
    setText(next);
    const options = [...new Set(next.split(',').map((option) => option.trim()))].filter(Boolean);
    onChange(options.length > 0 ? { options } : {});
  };
  return (
    <label className="field">
      <span className="field__label">Options</span>
      <input
        className="input input--compact"
        placeholder="New, In review, Done"
        value={text}
        onChange={(event) => change(event.target.value)}
      />
    </label>
  );
}

/** The options with their colours, which can be changed here. */
function OptionDetails({ table, column }: ColumnDetailsProps) {
  if (!hasOptions(column) || !column.config.options) return null;
  return (
    <>
      <dt>Options</dt>
      <dd>
        <OptionColors tableId={table.id} column={column} options={column.config.options} />
      </dd>
    </>
  );
}

/** Select and multiselect: options named when the column is added, coloured in its panel. */
export const optionSettings: ColumnSettings = { New: NewOptions, Details: OptionDetails };
