import { type FormEvent, useState } from 'react';
import type { ColumnOf } from '../../../../contract/column-of.ts';
import type { Column } from '../../../../contract/columns.ts';
import { errorText } from '../../../api/api-client.ts';
import { useSaveFormula } from '../api/save-formula.ts';
import { FormulaEditor } from './formula-editor.tsx';

/** Edits the formula of an existing computed column; saving recomputes every row. */
export function FormulaColumnForm({
  tableId,
  columns,
  column,
}: {
  tableId: string;
  columns: Column[];
  column: ColumnOf<'computed'>;
}) {
  const [formula, setFormula] = useState(column.config.formula ?? '');
  const save = useSaveFormula(tableId, column.id);
  const changed = formula !== (column.config.formula ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (changed) save.mutate(formula);
  };
  return (
    <form className="stack-form" onSubmit={submit} aria-label="Formula">
      <FormulaEditor columns={columns} columnName={column.name} value={formula} onChange={setFormula} />
      {save.isError && (
        <p className="field-error" role="alert">
          {errorText(save.error)}
        </p>
      )}
      {save.isSuccess && !changed && <p className="panel-hint">Saved; every row was recomputed.</p>}
      <button
        type="submit"
        className="button button--primary button--small"
        disabled={!changed || save.isPending}
      >
        Save formula
      </button>
    </form>
  );
}
