import {
  type AnyColumnConfig,
  type DataType,
  formatNumber,
  valueKindOf,
} from '../../contract/data-types/index.ts';
import { formatDate } from './format-date.ts';

/**
 * A cell value as short display text: ✓ for true, locale dates, numbers as the grid shows them
 * (grouped unless the column's config says it holds identifiers), arrays joined, empty for null.
 */
export function formatValue(value: unknown, dataType: DataType, config?: AnyColumnConfig): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '✓' : '';
  if (Array.isArray(value)) return value.map((item) => formatValue(item, 'text')).join(', ');
  if (typeof value === 'string' && valueKindOf({ dataType, config }) === 'instant') return formatDate(value);
  if (typeof value === 'number') return formatNumber(value, config);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
