import { z } from 'zod';
import { type DataTypeDefinition, noSettings } from './data-type.ts';

const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: 'Expected an ISO 8601 date (2026-04-03) or date-time (2026-04-03T10:00:00Z)',
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MIDNIGHT_UTC = /T00:00:00(\.000)?Z$/;

/** Whether text names a calendar day without a time (2026-04-03). */
export const isDay = (text: string): boolean => DAY.test(text);

/**
 * The day a stored date stands for when it was given without a time (2026-04-03 is stored as UTC
 * midnight, 2026-04-03T00:00:00.000Z), or undefined for a date with a time of day.
 */
export const dayOf = (iso: string): string | undefined =>
  MIDNIGHT_UTC.test(iso) ? iso.slice(0, 10) : undefined;

/** Dates are stored as instants and always returned as full ISO 8601 UTC strings. */
function normalize(text: string): string | undefined {
  const date = new Date(isDay(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export const dateType: DataTypeDefinition<typeof noSettings> = {
  settings: noSettings,
  valueSchema: () =>
    isoDateOrDateTime.transform((text, ctx) => {
      const iso = normalize(text);
      if (iso === undefined) ctx.addIssue({ code: 'custom', message: 'Not a valid calendar date' });
      return iso ?? text;
    }),
  parseText: (text) => {
    const trimmed = text.trim();
    return isoDateOrDateTime.safeParse(trimmed).success ? normalize(trimmed) : undefined;
  },
  // A date given without a time is its day (2026-04-03), as it was typed; an instant stays ISO.
  formatText: (value) => (typeof value === 'string' ? (dayOf(value) ?? value) : String(value)),
  enrichment: {},
  writable: true,
  valueKind: 'instant',
};
