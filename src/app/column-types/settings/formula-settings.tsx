import { isColumnOf } from '../../../contract/column-of.ts';
import { FormulaColumnForm, FormulaEditor } from '../../features/formula-editor/index.ts';
import type { ColumnDetailsProps, ColumnSettings, NewColumnFieldsProps } from '../column-type.ts';

function NewFormula({ columns, columnName, config, onChange }: NewColumnFieldsProps) {
  return (
    <div className="field">
      <span className="field__label">Formula</span>
      <FormulaEditor
        columns={columns}
        columnName={columnName}
        value={config.formula ?? ''}
        onChange={(formula) => onChange({ formula })}
      />
    </div>
  );
}

/** The formula, editable: saving recomputes every row. */
function FormulaDetails({ table, column }: ColumnDetailsProps) {
  if (!isColumnOf('computed')(column)) return null;
  return (
    <>
      <dt>Formula</dt>
      <dd>
        <FormulaColumnForm
          key={column.updatedAt}
          tableId={table.id}
          columns={table.columns}
          column={column}
        />
      </dd>
    </>
  );
}

/** A formula column cannot be added without its formula. */
export const formulaSettings: ColumnSettings = {
  New: NewFormula,
  ready: (config) => Boolean(config.formula?.trim()),
  Details: FormulaDetails,
};
