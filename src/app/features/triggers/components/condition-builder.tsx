import type { Column } from '../../../../contract/columns.ts';
import { PlusIcon } from '../../../components/icons.tsx';
import { defaultOperator, draftToSpec, type FilterDraft, FilterRow } from '../../filters/index.ts';
import { newKey } from '../model/trigger-draft.ts';

interface ConditionBuilderProps {
  columns: Column[];
  conditions: FilterDraft[];
  onChange: (conditions: FilterDraft[]) => void;
}

/** The trigger's condition: filters on the row, all of which must hold (none: every row). */
export function ConditionBuilder({ columns, conditions, onChange }: ConditionBuilderProps) {
  const add = () => {
    const column = columns[0];
    if (column)
      onChange([
        ...conditions,
        { key: newKey(), column: column.name, operator: defaultOperator(column.dataType), value: '' },
      ]);
  };
  return (
    <fieldset className="condition-builder">
      <legend className="field__label">Only when</legend>
      {conditions.length === 0 && <p className="panel-hint">Every row. Add a condition to narrow it.</p>}
      <ul className="filter-list">
        {conditions.map((draft, index) => (
          <FilterRow
            key={draft.key}
            index={index}
            draft={draft}
            columns={columns}
            result={draftToSpec(
              draft,
              columns.find((column) => column.name === draft.column),
            )}
            onChange={(next) => onChange(conditions.map((item) => (item.key === draft.key ? next : item)))}
            onRemove={() => onChange(conditions.filter((item) => item.key !== draft.key))}
          />
        ))}
      </ul>
      <button type="button" className="button button--ghost button--small" onClick={add}>
        <PlusIcon />
        Add condition
      </button>
    </fieldset>
  );
}
