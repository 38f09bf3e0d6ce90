import { checkFormulas } from '../../../contract/data-types/formula/check-formulas.ts';
import type { FormulaNode } from '../../../contract/data-types/formula/formula-ast.ts';
import { isFormulaError } from '../../../contract/data-types/index.ts';
import { MAX_TEXT_LENGTH } from '../../../contract/data-types/text.ts';
import type { RowData } from '../../../contract/rows.ts';
import type { ColumnMeta } from '../store/table-meta.ts';
import { evaluate } from './evaluate.ts';
import { FormulaRuntimeError, type Value } from './runtime-value.ts';

/** One computed column, ready to run: its checked formula, or why it cannot run. */
type Step = { name: string; node: FormulaNode } | { name: string; error: string };

/** The computed columns of a table in dependency order (a column after those it reads). */
export interface FormulaPlan {
  steps: Step[];
  /** How to read each column's stored value as a formula value. */
  kinds: Map<string, string>;
}

const plans = new WeakMap<ColumnMeta[], FormulaPlan>();

/** The table's formula plan, built once per metadata load (a write's hot path runs it per row). */
export function formulaPlan(columns: ColumnMeta[]): FormulaPlan {
  let plan = plans.get(columns);
  if (!plan) {
    const { checked, errors } = checkFormulas(columns);
    const steps: Step[] = [...checked].map(([name, formula]) => ({ name, node: formula.node }));
    for (const [name, error] of errors) steps.push({ name, error });
    const kinds = new Map(
      columns.map((column) => [
        column.name,
        column.dataType === 'computed' ? `computed:${column.config.resultType ?? 'text'}` : column.dataType,
      ]),
    );
    plan = { steps, kinds };
    plans.set(columns, plan);
  }
  return plan;
}

/** A stored value as a formula sees it: dates as Date, lists as arrays, a failed formula as an error. */
function toValue(kind: string | undefined, stored: unknown, name: string): Value {
  if (stored === null || stored === undefined) return null;
  if (isFormulaError(stored)) throw new FormulaRuntimeError(`Column "${name}" has an error: ${stored.error}`);
  if (kind === 'date' || kind === 'computed:date') {
    const date = new Date(String(stored));
    return Number.isNaN(date.getTime()) ? null : date;
  }
  if (Array.isArray(stored))
    return stored.map((item) => (item === null || typeof item !== 'object' ? item : String(item))) as Value[];
  return typeof stored === 'object' ? JSON.stringify(stored) : (stored as Value);
}

/** A formula's result as it is stored: dates as ISO text; a number that is not finite is an error. */
function toStored(value: Value): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new FormulaRuntimeError('The result is not a valid date');
    return value.toISOString();
  }
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new FormulaRuntimeError('The result is not a finite number');
  if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH)
    throw new FormulaRuntimeError('The result is too long');
  if (Array.isArray(value)) return value.join(', ');
  return value;
}

/** Fills in every computed column of a row; a formula that fails holds `{ error }` instead of a value. */
export function computeRow(plan: FormulaPlan, data: RowData): RowData {
  if (plan.steps.length === 0) return data;
  const result: RowData = { ...data };
  const read = (name: string) => toValue(plan.kinds.get(name), result[name], name);
  for (const step of plan.steps) {
    if ('error' in step) {
      result[step.name] = { error: step.error };
      continue;
    }
    try {
      result[step.name] = toStored(evaluate(step.node, read));
    } catch (error) {
      if (!(error instanceof FormulaRuntimeError)) throw error;
      result[step.name] = { error: error.message };
    }
  }
  return result;
}
