export {
  type AnyColumnConfig,
  ColumnConfig,
  type ColumnConfigOf,
  TypedColumnConfig,
} from './column-config.ts';
export { FormulaErrorValue, isFormulaError } from './computed.ts';
export * from './data-type.ts';
export { dayOf, isDay } from './date.ts';
export { formatNumber, groupsThousands } from './number.ts';
export { dataTypes } from './registry.ts';
export { OptionColor } from './select.ts';
export { valueKindOf, valueTypeOf } from './value-type.ts';
