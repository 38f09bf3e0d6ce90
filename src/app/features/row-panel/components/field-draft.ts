import type { Column } from '../../../../contract/columns.ts';
import { parseInput } from '../../../lib/parse-input.ts';

/** A field's value while edited: text for typed inputs, a flag for a checkbox, a list for option checkboxes. */
export type FieldDraft = string | boolean | string[];

/** Whether a multiselect shows one checkbox per option (it has options) or takes comma-separated text. */
export const hasOptionList = (column: Column) =>
  column.dataType === 'multiselect' && (column.config.options?.length ?? 0) > 0;

/** A stored value as its field's draft: dates as YYYY-MM-DD for the date input, lists joined by commas. */
export function toDraft(column: Column, value: unknown): FieldDraft {
  if (column.dataType === 'boolean') return value === true;
  if (hasOptionList(column)) return Array.isArray(value) ? value.map(String) : [];
  if (value === null || value === undefined) return '';
  // Dates are stored as UTC instants; a date typed without a time is UTC midnight, so its UTC day is the day meant.
  if (column.dataType === 'date' && typeof value === 'string') return value.slice(0, 10);
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A draft as the JSON value the API expects. Text that does not fit the type is sent as typed, so
 * the server, the one judge of validity, explains the refusal at the field. Empty means null.
 */
export function fromDraft(column: Column, draft: FieldDraft): unknown {
  if (typeof draft === 'boolean') return draft;
  if (Array.isArray(draft)) return draft.length > 0 ? draft : null;
  if (column.dataType === 'select') return draft === '' ? null : draft;
  return parseInput(column, draft) ?? null;
}
