import type { Column } from '../../../../contract/columns.ts';
import { dataTypes } from '../../../../contract/data-types/index.ts';

export type FormulaCheck =
  | { ok: true; resultType: string; formulaType: string; dependencies: string[] }
  | { ok: false; message: string };

/**
 * Checks a formula as the server will at save (the same contract code): against the table's columns,
 * with this column holding the formula, so the editor says what is wrong while it is typed.
 */
export function checkDraft(formula: string, columns: Column[], name: string): FormulaCheck {
  const column = { name, dataType: 'computed', config: { formula } };
  const all = [...columns.filter((other) => other.name !== name), column];
  const check = dataTypes.computed.checkConfig?.(column, all);
  const error = check?.errors[0];
  if (!check || error) return { ok: false, message: error?.message ?? 'Cannot check this formula' };
  const { resultType = 'text', formulaType = 'arithmetic', dependencies = [] } = check.config;
  return { ok: true, resultType, formulaType, dependencies };
}
