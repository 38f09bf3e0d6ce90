import { isDeepStrictEqual } from 'node:util';
import type { OutputFormat } from '../../../contract/ai/config.ts';

/** Whether an answer agrees with the verified one, or needs a judge (text that is not the same). */
export type Agreement = { agreed: boolean } | { judge: true };

const text = (value: unknown) =>
  String(value ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
const url = (value: unknown) =>
  text(value)
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/$/, '');
const digits = (value: unknown) => String(value ?? '').replace(/\D/g, '');
const day = (value: unknown) => String(value ?? '').slice(0, 10);
const set = (value: unknown) => (Array.isArray(value) ? value : [value]).map(text).sort().join('\u0000');

/**
 * Agreement by format: labels, lists, dates, grades, links, addresses and phones exactly (once written
 * the same way: case, spacing, a link's scheme); numbers and money within `tolerance` of the verified
 * value; JSON as equal values; text the same once normalised, or else judged by a model.
 */
export function agreement(
  format: OutputFormat,
  expected: unknown,
  answer: unknown,
  tolerance: number,
): Agreement {
  if (answer === null || answer === undefined) return { agreed: false };
  switch (format) {
    case 'number':
    case 'money': {
      const want = Number(expected);
      const got = Number(answer);
      if (!Number.isFinite(want) || !Number.isFinite(got)) return { agreed: false };
      return { agreed: Math.abs(got - want) <= Math.abs(want) * tolerance + 1e-9 };
    }
    case 'grade':
      return { agreed: Number(expected) === Number(answer) };
    case 'date':
      return { agreed: day(expected) === day(answer) };
    case 'multiselect':
      return { agreed: set(expected) === set(answer) };
    case 'url':
      return { agreed: url(expected) === url(answer) };
    case 'phone':
      return { agreed: digits(expected) === digits(answer) };
    case 'json':
      return { agreed: isDeepStrictEqual(expected, answer) };
    case 'text':
      return text(expected) === text(answer) ? { agreed: true } : { judge: true };
    default:
      return { agreed: text(expected) === text(answer) };
  }
}
