import { type DataType, dataTypes } from '../../../contract/data-types/index.ts';

/** Rows whose values decide a column's type, as the Tables API reference says. */
export const INFER_ROWS = 100;

const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no']);
/** "007", "02139": digits with a leading zero are codes (zip, id), not numbers, or the zero is lost. */
const LEADING_ZERO = /^[-+]?0\d/;

type Test = (value: unknown) => boolean;

const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : undefined);
const parses =
  (type: DataType): Test =>
  (value) => {
    const text = asText(value);
    return text !== undefined && dataTypes[type].parseText(text, {}) !== undefined;
  };

/** Types tried in order; the first that every sampled value fits wins, text when none does. */
const CANDIDATES: Array<[DataType, Test]> = [
  ['boolean', (value) => typeof value === 'boolean' || BOOLEAN_WORDS.has(asText(value)?.toLowerCase() ?? '')],
  [
    'number',
    (value) =>
      (typeof value === 'number' && Number.isFinite(value)) ||
      (parses('number')(value) && !LEADING_ZERO.test(asText(value) ?? '')),
  ],
  ['date', parses('date')],
  ['url', parses('url')],
  ['email', parses('email')],
  [
    'multiselect',
    (value) => Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== ''),
  ],
];

export const isEmptyValue = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * A column's type from its sampled values (empty ones ignored): boolean for true/false/yes/no, number,
 * ISO date, http(s) URL, email, multiselect for JSON arrays of strings, text otherwise. Codes with a
 * leading zero stay text; ambiguous day/month orders (03/04/2026) stay text rather than guess.
 */
export function inferType(values: unknown[]): DataType {
  const present = values.filter((value) => !isEmptyValue(value));
  if (present.length === 0) return 'text';
  for (const [type, fits] of CANDIDATES) if (present.every(fits)) return type;
  return 'text';
}
