import type { DataType } from '../../../contract/data-types/index.ts';
import type { FilterOperator } from '../../../contract/rows.ts';
import { appColumnTypes } from '../../column-types/index.ts';

/** Every operator the rows API knows, in menu order, with the words shown for it. */
export const OPERATORS: { value: FilterOperator; label: string }[] = [
  { value: 'eq', label: 'is' },
  { value: 'neq', label: 'is not' },
  { value: 'gt', label: 'greater than' },
  { value: 'gte', label: 'greater or equal' },
  { value: 'lt', label: 'less than' },
  { value: 'lte', label: 'less or equal' },
  { value: 'contains', label: 'contains' },
  { value: 'starts_with', label: 'starts with' },
  { value: 'in', label: 'is any of' },
  { value: 'is_empty', label: 'is empty' },
  { value: 'is_not_empty', label: 'is not empty' },
];

const ORDERED: ReadonlySet<FilterOperator> = new Set(['gt', 'gte', 'lt', 'lte']);

/** Whether the server can apply an operator to a column type: lists and checkboxes have no order. */
export function operatorApplies(operator: FilterOperator, dataType: DataType): boolean {
  return !(ORDERED.has(operator) && appColumnTypes[dataType].filter?.unordered);
}

/** Whether an operator takes a value at all. */
export function needsValue(operator: FilterOperator): boolean {
  return operator !== 'is_empty' && operator !== 'is_not_empty';
}

/** The operator a new filter on a column starts with: what people most often mean for its type. */
export function defaultOperator(dataType: DataType): FilterOperator {
  return appColumnTypes[dataType].filter?.defaultOperator ?? 'eq';
}
