import { z } from 'zod';
import type { DataTypeDefinition } from './data-type.ts';
import { checkFormulas, RESULT_TYPES, type ResultType } from './formula/check-formulas.ts';

const computedSettings = z.object({
  formula: z.string().max(8192).optional().describe('computed: formula expression'),
  formulaType: z.enum(['arithmetic', 'text_concat', 'date_diff', 'conditional', 'aggregate']).optional(),
  resultType: z
    .string()
    .max(64)
    .optional()
    .describe('computed: number, text, boolean or date; inferred from the formula when omitted'),
  dependencies: z
    .array(z.string())
    .optional()
    .describe('computed: column names the formula depends on (filled in by the server)'),
});

/** A formula that failed on a row holds its reason instead of a value (as spreadsheets show #DIV/0!). */
export const FormulaErrorValue = z.object({ error: z.string() });
export type FormulaErrorValue = z.infer<typeof FormulaErrorValue>;

/** Whether a computed cell holds a formula error rather than a value. */
export const isFormulaError = (value: unknown): value is FormulaErrorValue =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as FormulaErrorValue).error === 'string';

/**
 * Computed values are produced by the server from `config.formula` (see docs/formulas.md); clients
 * read them only. A column's config is checked with every formula of its table, and completed with
 * the result type, the kind of formula and the columns it depends on.
 */
export const computedType: DataTypeDefinition<typeof computedSettings> = {
  settings: computedSettings,
  valueSchema: () => z.json(),
  parseText: () => undefined,
  writable: false,
  valueType: ({ resultType }) =>
    (RESULT_TYPES as readonly string[]).includes(resultType ?? '') ? (resultType as ResultType) : undefined,
  checkConfig: (column, columns) => {
    const { checked, errors } = checkFormulas(columns);
    const error = errors.get(column.name);
    if (error) return { config: column.config, errors: [{ path: 'formula', message: error }] };
    const formula = checked.get(column.name);
    if (!formula)
      return { config: column.config, errors: [{ path: 'formula', message: 'A formula is required' }] };
    const { resultType, dependencies } = formula;
    const formulaType = column.config.formulaType ?? formula.formulaType;
    return { config: { ...column.config, resultType, formulaType, dependencies }, errors: [] };
  },
};
