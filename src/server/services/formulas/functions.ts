import { FormulaRuntimeError, isEmpty, toDate, toNumber, toText, type Value } from './runtime-value.ts';

type Impl = (args: Value[]) => Value;

const numeric =
  (fn: (...numbers: number[]) => number): Impl =>
  (args) => {
    const numbers = args.map(toNumber);
    if (numbers.some((n) => n === null)) return null;
    return fn(...(numbers as number[]));
  };

const textual =
  (fn: (text: string, ...rest: number[]) => Value): Impl =>
  ([text = null, ...rest]) => {
    const numbers = rest.map(toNumber);
    if (numbers.some((n) => n === null)) return null;
    return fn(toText(text), ...(numbers as number[]));
  };

const dated =
  (fn: (date: Date) => number): Impl =>
  ([value = null]) => {
    const date = toDate(value);
    return date ? fn(date) : null;
  };

/** Rounds half away from zero to `digits` decimals without binary drift (1.005 -> 1.01). */
function round(value: number, digits = 0): number {
  if (!Number.isInteger(digits) || digits < -15 || digits > 15)
    throw new FormulaRuntimeError('round() takes 0-15 digits');
  const shifted = Number(`${Math.abs(value)}e${digits}`);
  return Math.sign(value) * Number(`${Math.round(shifted)}e${-digits}`);
}

const UNIT_MS: Record<string, number> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 604_800_000,
};
const UNITS = [...Object.keys(UNIT_MS), 'months', 'years'];

function unitOf(value: Value | undefined): string {
  const unit =
    value === undefined || value === null ? 'days' : toText(value).toLowerCase().replace(/s?$/, 's');
  if (!UNITS.includes(unit))
    throw new FormulaRuntimeError(`Unknown unit "${toText(value ?? '')}": use ${UNITS.join(', ')}`);
  return unit;
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** Whole calendar months from start to end: a month counts once its day of the month is reached. */
function monthsBetween(end: Date, start: Date): number {
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  if (months > 0 && addMonths(start, months) > end) months--;
  else if (months < 0 && addMonths(start, months) < end) months++;
  return months;
}

function dateDiff([end = null, start = null, unit]: Value[]): Value {
  const to = toDate(end);
  const from = toDate(start);
  if (!to || !from) return null;
  const which = unitOf(unit);
  if (which === 'months' || which === 'years') {
    const months = monthsBetween(to, from);
    return which === 'months' ? months : Math.trunc(months / 12);
  }
  return Math.trunc((to.getTime() - from.getTime()) / (UNIT_MS[which] as number));
}

function dateAdd([value = null, amount = null, unit]: Value[]): Value {
  const date = toDate(value);
  const n = toNumber(amount);
  if (!date || n === null) return null;
  const which = unitOf(unit);
  if (which === 'months' || which === 'years')
    return addMonths(date, Math.trunc(n) * (which === 'years' ? 12 : 1));
  return new Date(date.getTime() + n * (UNIT_MS[which] as number));
}

/** The numbers among the arguments, lists opened up; empty values and other items are left out. */
const numbersIn = (args: Value[]): number[] =>
  args.flat(2).filter((value): value is number => typeof value === 'number' && Number.isFinite(value));

/**
 * The implementations of the eager functions of FORMULA_FUNCTIONS (contract). if, coalesce, and, or
 * evaluate their arguments lazily and live in the evaluator.
 */
export const FUNCTIONS: Record<string, Impl> = {
  abs: numeric(Math.abs),
  round: ([value = null, digits = 0]) => {
    const n = toNumber(value);
    return n === null ? null : round(n, toNumber(digits) ?? 0);
  },
  floor: numeric(Math.floor),
  ceil: numeric(Math.ceil),
  sqrt: numeric((n) => {
    if (n < 0) throw new FormulaRuntimeError('sqrt() of a negative number');
    return Math.sqrt(n);
  }),
  pow: numeric(Math.pow),
  concat: (args) => args.map(toText).join(''),
  upper: textual((text) => text.toUpperCase()),
  lower: textual((text) => text.toLowerCase()),
  trim: textual((text) => text.trim()),
  len: textual((text) => [...text].length),
  left: textual((text, n) => [...text].slice(0, Math.max(0, n)).join('')),
  right: textual((text, n) => (n <= 0 ? '' : [...text].slice(-n).join(''))),
  text: ([value = null]) => toText(value),
  date_diff: dateDiff,
  date_add: dateAdd,
  year: dated((date) => date.getUTCFullYear()),
  month: dated((date) => date.getUTCMonth() + 1),
  day: dated((date) => date.getUTCDate()),
  is_empty: ([value = null]) => isEmpty(value),
  not: ([value = null]) => value !== true,
  sum: (args) => numbersIn(args).reduce((total, n) => total + n, 0),
  avg: (args) => {
    const numbers = numbersIn(args);
    return numbers.length === 0 ? null : numbers.reduce((total, n) => total + n, 0) / numbers.length;
  },
  min: (args) => {
    const numbers = numbersIn(args);
    return numbers.length === 0 ? null : Math.min(...numbers);
  },
  max: (args) => {
    const numbers = numbersIn(args);
    return numbers.length === 0 ? null : Math.max(...numbers);
  },
  count: (args) => args.flat(2).filter((value) => !isEmpty(value as Value)).length,
};
