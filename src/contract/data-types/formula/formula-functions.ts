import type { AiConfig } from '../../ai/config.ts';
import { type FormatStorage, formatOf, outputFormats } from '../../ai/formats.ts';
import type { FormulaType } from './formula-ast.ts';

/**
 * What formulas read of a column's config: an AI column's format, a computed column's formula and result
 * type (the computed type's settings, data-types/computed.ts, declare these fields for the API).
 */
export type FormulaReadConfig = AiConfig & { formula?: string; resultType?: string };

/** The kinds of formula the Tables API names (`config.formulaType`). */
export const FORMULA_KINDS = ['arithmetic', 'text_concat', 'date_diff', 'conditional', 'aggregate'] as const;
export type FormulaKind = (typeof FORMULA_KINDS)[number];

/** What an argument may be: value kinds it accepts, `any` for every kind. */
type Param = FormulaType[] | 'any';

export interface FunctionSpec {
  kind: FormulaKind;
  /** One entry per parameter; the last repeats for variadic functions. */
  params: Param[];
  minArgs: number;
  maxArgs: number;
  /** The result kind, or `unify` for the common kind of the value arguments (if, coalesce). */
  result: FormulaType | 'unify';
  /** Shown by the formula editor's autocomplete. */
  signature: string;
  description: string;
}

const NUM: Param = ['number'];
const TEXTISH: Param = ['text', 'number', 'boolean', 'date'];
const DATE: Param = ['date', 'text'];
const BOOL: Param = ['boolean'];
const NUMS: Param = ['number', 'list'];

const spec = (
  kind: FormulaKind,
  params: Param[],
  result: FunctionSpec['result'],
  signature: string,
  description: string,
  minArgs = params.length,
  maxArgs = params.length,
): FunctionSpec => ({ kind, params, minArgs, maxArgs, result, signature, description });

/** Every function of the formula language. The server's evaluator implements exactly these. */
export const FORMULA_FUNCTIONS: Record<string, FunctionSpec> = {
  abs: spec('arithmetic', [NUM], 'number', 'abs(number)', 'Absolute value'),
  round: spec(
    'arithmetic',
    [NUM, NUM],
    'number',
    'round(number, digits?)',
    'Rounds to digits (0 by default)',
    1,
  ),
  floor: spec('arithmetic', [NUM], 'number', 'floor(number)', 'Rounds down'),
  ceil: spec('arithmetic', [NUM], 'number', 'ceil(number)', 'Rounds up'),
  sqrt: spec('arithmetic', [NUM], 'number', 'sqrt(number)', 'Square root'),
  pow: spec('arithmetic', [NUM, NUM], 'number', 'pow(base, exponent)', 'Power'),
  concat: spec('text_concat', ['any'], 'text', 'concat(value, …)', 'Joins values as text', 1, 100),
  upper: spec('text_concat', [TEXTISH], 'text', 'upper(text)', 'Upper case'),
  lower: spec('text_concat', [TEXTISH], 'text', 'lower(text)', 'Lower case'),
  trim: spec('text_concat', [TEXTISH], 'text', 'trim(text)', 'Without surrounding spaces'),
  len: spec('text_concat', [TEXTISH], 'number', 'len(text)', 'Number of characters'),
  left: spec('text_concat', [TEXTISH, NUM], 'text', 'left(text, n)', 'First n characters'),
  right: spec('text_concat', [TEXTISH, NUM], 'text', 'right(text, n)', 'Last n characters'),
  text: spec('text_concat', ['any'], 'text', 'text(value)', 'The value as text'),
  date_diff: spec(
    'date_diff',
    [DATE, DATE, ['text']],
    'number',
    'date_diff(end, start, unit?)',
    'Whole units from start to end: days (default), hours, minutes, weeks, months, years',
    2,
  ),
  date_add: spec(
    'date_diff',
    [DATE, NUM, ['text']],
    'date',
    'date_add(date, n, unit?)',
    'Date plus n units',
    2,
  ),
  year: spec('date_diff', [DATE], 'number', 'year(date)', 'Year (UTC)'),
  month: spec('date_diff', [DATE], 'number', 'month(date)', 'Month 1-12 (UTC)'),
  day: spec('date_diff', [DATE], 'number', 'day(date)', 'Day of the month (UTC)'),
  if: spec(
    'conditional',
    [BOOL, 'any', 'any'],
    'unify',
    'if(test, then, else?)',
    'then when test holds, else otherwise',
    2,
  ),
  coalesce: spec(
    'conditional',
    ['any'],
    'unify',
    'coalesce(value, …)',
    'The first value that is not empty',
    1,
    100,
  ),
  is_empty: spec('conditional', ['any'], 'boolean', 'is_empty(value)', 'Whether the value is empty'),
  and: spec('conditional', [BOOL], 'boolean', 'and(test, …)', 'Whether every test holds', 1, 100),
  or: spec('conditional', [BOOL], 'boolean', 'or(test, …)', 'Whether any test holds', 1, 100),
  not: spec('conditional', [BOOL], 'boolean', 'not(test)', 'The opposite'),
  sum: spec(
    'aggregate',
    [NUMS],
    'number',
    'sum(value, …)',
    'Sum of numbers (lists count each number)',
    1,
    100,
  ),
  avg: spec(
    'aggregate',
    [NUMS],
    'number',
    'avg(value, …)',
    'Average of the numbers that are not empty',
    1,
    100,
  ),
  min: spec('aggregate', [NUMS], 'number', 'min(value, …)', 'Smallest number', 1, 100),
  max: spec('aggregate', [NUMS], 'number', 'max(value, …)', 'Largest number', 1, 100),
  count: spec(
    'aggregate',
    ['any'],
    'number',
    'count(value, …)',
    'How many values are not empty (list items count one each)',
    1,
    100,
  ),
};

const STORED_AS: Record<FormatStorage, FormulaType> = {
  text: 'text',
  number: 'number',
  timestamp: 'date',
  array: 'list',
  json: 'text',
};

/**
 * The formula value kind a column's values have, by data type: computed columns by their result type,
 * AI columns by how their output format is stored.
 */
export function columnValueType(dataType: string, config: FormulaReadConfig = {}): FormulaType {
  const resultType = config.resultType;
  switch (dataType) {
    case 'ai':
      return STORED_AS[outputFormats[formatOf(config)].storage];
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'multiselect':
    case 'relation':
      return 'list';
    case 'computed':
      return resultType === 'number' || resultType === 'boolean' || resultType === 'date'
        ? resultType
        : 'text';
    default:
      return 'text';
  }
}
