import { z } from 'zod';
import type { DataTypeDefinition } from './data-type.ts';

const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: 'Expected an ISO 8601 date (2026-04-03) or date-time (2026-04-03T10:00:00Z)',
});

/** Dates are stored as instants and always returned as full ISO 8601 UTC strings. */
function normalize(text: string): string | undefined {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export const dateType: DataTypeDefinition = {
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
  writable: true,
};
