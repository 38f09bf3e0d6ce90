import type { ExtractColumn } from '../../../contract/extract.ts';
import { checkValue, isMissing } from './columns.ts';
import { identityOf } from './merge.ts';
import { EXCERPT_KEY } from './prompt.ts';

export interface ValidationIssue {
  column: string;
  message: string;
  raw: string;
}

/** One item as the model gave it, checked: values for the table, what was extracted, its issues. */
export interface CheckedItem {
  /** Values by column key for the ordinary table (null where a value is missing or failed its type). */
  values: Record<string, unknown>;
  /** Values as extracted: the stored value, or the raw text of a value that failed its type. */
  extracted: Record<string, unknown>;
  errors: ValidationIssue[];
  identity: string | null;
  excerpt: string;
}

/** Checks every value of an item against its column's type; values that fail keep their raw text. */
export function checkItem(columns: ExtractColumn[], item: Record<string, unknown>): CheckedItem {
  const values: Record<string, unknown> = {};
  const extracted: Record<string, unknown> = {};
  const errors: ValidationIssue[] = [];
  for (const column of columns) {
    const checked = checkValue(column, item[column.key]);
    if (checked.ok) {
      values[column.key] = checked.value;
      extracted[column.key] = checked.value;
      if (column.required && isMissing(checked.value))
        errors.push({ column: column.key, message: 'Required value missing', raw: '' });
    } else {
      values[column.key] = null;
      extracted[column.key] = checked.raw;
      errors.push({ column: column.key, message: checked.message, raw: checked.raw });
    }
  }
  const excerpt = typeof item[EXCERPT_KEY] === 'string' ? (item[EXCERPT_KEY] as string).slice(0, 500) : '';
  return { values, extracted, errors, identity: identityOf(columns, extracted), excerpt };
}
