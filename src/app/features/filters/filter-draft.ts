import type { Column } from '../../../contract/columns.ts';
import { dataTypes } from '../../../contract/data-types/index.ts';
import type { FilterOperator, FilterSpec } from '../../../contract/rows.ts';
import { appColumnTypes } from '../../column-types/index.ts';
import { needsValue } from './operators.ts';

/** A filter as edited: its value is the text in the input, whatever the column's type. */
export interface FilterDraft {
  /** Stable React key; filters have no id of their own. */
  key: string;
  column: string;
  operator: FilterOperator;
  value: string;
}

/** What a draft amounts to: a filter to apply, nothing yet (no value), or a value that cannot be one. */
export type DraftResult = { spec: FilterSpec } | { incomplete: true } | { error: string };

/** One typed value for a column, or an error saying what is expected. */
function convert(column: Column, text: string): { value: unknown } | { error: string } {
  const filter = appColumnTypes[column.dataType].filter;
  if (!filter?.hint) return { value: text };
  // Read as the type's filter reads it (a date names a day), else as the contract reads typed text.
  const value = filter.read ? filter.read(text) : dataTypes[column.dataType].parseText(text, column.config);
  return value === undefined ? { error: filter.hint } : { value };
}

/** Reads a draft against its column: `in` takes a comma-separated list, each item of the column's type. */
export function draftToSpec(draft: FilterDraft, column: Column | undefined): DraftResult {
  if (!column) return { error: 'Choose a column' };
  if (!needsValue(draft.operator)) return { spec: { column: draft.column, operator: draft.operator } };
  const text = draft.value.trim();
  if (!text) return { incomplete: true };
  // Text matching works on the text form of any value, so its input is taken as typed.
  const asText = draft.operator === 'contains' || draft.operator === 'starts_with';
  if (draft.operator === 'in') {
    const items = text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    const values: unknown[] = [];
    for (const item of items) {
      const converted = convert(column, item);
      if ('error' in converted) return { error: `${converted.error}: “${item}”` };
      values.push(converted.value);
    }
    return values.length > 0
      ? { spec: { column: draft.column, operator: 'in', value: values } }
      : { incomplete: true };
  }
  const converted =
    asText && !appColumnTypes[column.dataType].filter?.typedMatch ? { value: text } : convert(column, text);
  if ('error' in converted) return converted;
  return { spec: { column: draft.column, operator: draft.operator, value: converted.value } };
}

/** A stored filter back as a draft, for editing. */
export function specToDraft(spec: FilterSpec, key: string): FilterDraft {
  const { value } = spec;
  const text = Array.isArray(value)
    ? value.map(String).join(', ')
    : value === undefined || value === null
      ? ''
      : String(value);
  return { key, column: spec.column, operator: spec.operator, value: text };
}
