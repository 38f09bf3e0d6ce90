import type { ColumnShape } from '../data-type.ts';
import { FormulaError, type FormulaNode, type FormulaType, referencedColumns } from './formula-ast.ts';
import { columnValueType, type FormulaKind, type FormulaReadConfig } from './formula-functions.ts';
import { parseFormula } from './parse-formula.ts';
import { formulaKindOf, typeOf } from './type-check.ts';

/**
 * What a formula check needs to know of a column, of any type: a computed column's formula and result
 * type, the value type of every other (an AI column's by its format), read by `dataType`. Its config is
 * any type's: the fields other types have are there unread (the index signature).
 */
type FormulaColumn = ColumnShape<FormulaReadConfig & { readonly [field: string]: unknown }>;

/** The result types a computed column can have. */
export const RESULT_TYPES = ['number', 'text', 'boolean', 'date'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** What the server fills into a computed column's config from its formula. */
export interface CheckedFormula {
  node: FormulaNode;
  resultType: ResultType;
  formulaType: FormulaKind;
  dependencies: string[];
}

export interface FormulaChecks {
  checked: Map<string, CheckedFormula>;
  /** Column name to the reason its formula cannot be used. */
  errors: Map<string, string>;
}

/**
 * Checks every computed column's formula against the table's columns: each must parse, name existing
 * columns and functions, use values of the right kinds, not depend on itself (directly or through other
 * computed columns), and give one value of a single kind (matching `resultType` when one is given).
 */
export function checkFormulas(columns: FormulaColumn[]): FormulaChecks {
  const checked = new Map<string, CheckedFormula>();
  const errors = new Map<string, string>();
  const types = new Map<string, FormulaType>();
  const computed = new Map<string, FormulaColumn>();
  for (const column of columns) {
    if (column.dataType === 'computed') computed.set(column.name, column);
    else types.set(column.name, columnValueType(column.dataType, column.config));
  }
  const parsed = new Map<string, FormulaNode>();
  for (const [name, column] of computed) {
    try {
      parsed.set(name, parseFormula(column.config.formula ?? ''));
    } catch (error) {
      errors.set(name, (error as Error).message);
    }
  }
  const visiting: string[] = [];
  const visit = (name: string): void => {
    if (checked.has(name) || errors.has(name)) return;
    const node = parsed.get(name) as FormulaNode;
    visiting.push(name);
    try {
      for (const dependency of referencedColumns(node)) {
        if (!computed.has(dependency)) continue;
        if (visiting.includes(dependency)) {
          const cycle = [...visiting.slice(visiting.indexOf(dependency)), dependency];
          const message =
            cycle.length === 2
              ? 'A formula cannot use its own column'
              : `Formulas depend on each other: ${cycle.join(' → ')}`;
          // Every column of the cycle gets the same explanation, not "depends on a column with an error".
          for (const member of cycle) if (!errors.has(member)) errors.set(member, message);
          throw new FormulaError(message);
        }
        visit(dependency);
        if (errors.has(dependency)) throw new FormulaError(`Column "${dependency}" has a formula error`);
      }
      checked.set(name, finish(node, types, computed.get(name) as FormulaColumn));
      types.set(name, (checked.get(name) as CheckedFormula).resultType);
    } catch (error) {
      if (!errors.has(name)) errors.set(name, (error as Error).message);
    } finally {
      visiting.pop();
    }
  };
  for (const name of parsed.keys()) visit(name);
  return { checked, errors };
}

function finish(node: FormulaNode, types: Map<string, FormulaType>, column: FormulaColumn): CheckedFormula {
  const type = typeOf(node, types);
  if (type === 'list') throw new FormulaError('A formula gives one value: use count() or concat() on a list');
  const given = column.config.resultType;
  if (given !== undefined && !(RESULT_TYPES as readonly string[]).includes(given))
    throw new FormulaError(`resultType must be one of ${RESULT_TYPES.join(', ')}`);
  const resultType = type === 'empty' ? ((given as ResultType | undefined) ?? 'text') : type;
  if (given !== undefined && given !== resultType)
    throw new FormulaError(`The formula gives ${resultType} values, not ${given}`);
  return { node, resultType, formulaType: formulaKindOf(node), dependencies: referencedColumns(node) };
}
