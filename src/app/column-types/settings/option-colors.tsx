import { optionColorsOf } from '../../../contract/column-of.ts';
import type { Column } from '../../../contract/columns.ts';
import { OptionColor } from '../../../contract/data-types/index.ts';
import { errorText } from '../../api/api-client.ts';
import { useColumnActions } from '../../features/grid/api/use-column-actions.ts';
import { Chip } from '../cells/chip.tsx';

const colorName = (color: string) => color.charAt(0).toUpperCase() + color.slice(1);

/**
 * Column settings: a colour for each option of a select or multiselect column, or each label of an
 * AI label column, stored in the column's config (`optionColors`) and saved as soon as it is
 * picked. "Automatic" keeps the colour that comes from the option's text.
 */
export function OptionColors({
  tableId,
  column,
  options,
}: {
  tableId: string;
  column: Column;
  options: string[];
}) {
  const { update } = useColumnActions(tableId);
  const colors = optionColorsOf(column);
  const choose = (option: string, color: string) => {
    const next = { ...colors };
    const parsed = OptionColor.safeParse(color);
    if (parsed.success) next[option] = parsed.data;
    else delete next[option];
    update.mutate({ columnId: column.id, input: { config: { optionColors: next } } });
  };
  return (
    <fieldset className="option-colors">
      <legend className="visually-hidden">Option colours</legend>
      {options.map((option) => (
        <div key={option} className="option-colors__row">
          <Chip option={option} color={colors[option]} />
          <select
            className="input"
            aria-label={`Colour of ${option}`}
            value={colors[option] ?? ''}
            disabled={update.isPending}
            onChange={(event) => choose(option, event.target.value)}
          >
            <option value="">Automatic</option>
            {OptionColor.options.map((color) => (
              <option key={color} value={color}>
                {colorName(color)}
              </option>
            ))}
          </select>
        </div>
      ))}
      {update.error && (
        <p className="field-error" role="alert">
          {errorText(update.error)}
        </p>
      )}
    </fieldset>
  );
}
