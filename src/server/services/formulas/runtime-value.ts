/** A value while a formula runs: dates as Date, lists as arrays, empty as null. */
export type Value = number | string | boolean | Date | null | Value[];

/** A failure while evaluating a formula on one row: it becomes the cell's error, not a request error. */
export class FormulaRuntimeError extends Error {}

export const isEmpty = (value: Value): boolean =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0);

const DAY_MS = 86_400_000;

/** Dates as people read them: a day alone when the time is midnight UTC. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return date.getTime() % DAY_MS === 0 ? iso.slice(0, 10) : iso;
}

/** A value as text (concat, &, text()): empty is "", lists are joined with ", ". */
export function toText(value: Value): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(toText).join(', ');
  if (value instanceof Date) return dateText(value);
  return String(value);
}

/** A value as a date: a Date, or text that reads as one; empty is null. */
export function toDate(value: Value): Date | null {
  if (value === null || value === '') return null;
  if (value instanceof Date) return value;
  if (typeof value === 'string') {
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new FormulaRuntimeError(`"${toText(value)}" is not a date`);
}

/** Whether a value counts as true (empty and false do not). */
export const truthy = (value: Value): boolean => value === true;

/** The number a value holds (empty is null); formulas are type-checked, so anything else is a bug. */
export function toNumber(value: Value): number | null {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  throw new FormulaRuntimeError(`"${toText(value)}" is not a number`);
}
