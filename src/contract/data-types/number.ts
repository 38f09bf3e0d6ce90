import { z } from 'zod';
import type { DataTypeDefinition } from './data-type.ts';

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

const numberSettings = z.object({
  thousandsSeparator: z
    .boolean()
    .optional()
    .describe(
      'number: group digits by thousands where the app shows the numbers (12,345,678); false for identifiers (12345678). Default true',
    ),
});
type NumberSettings = z.infer<typeof numberSettings>;

export const numberType: DataTypeDefinition<typeof numberSettings> = {
  settings: numberSettings,
  valueSchema: () => z.number({ error: 'Expected a number' }).finite(),
  parseText: (text) => {
    const cleaned = text.trim().replace(/,/g, '');
    return NUMBER_TEXT.test(cleaned) ? Number(cleaned) : undefined;
  },
  enrichment: {},
  writable: true,
  valueKind: 'number',
};

/** Whether a number column's values are shown with thousands separators (not for identifiers). */
export const groupsThousands = (config: NumberSettings | undefined): boolean =>
  config?.thousandsSeparator !== false;

// One formatter per grouping: creating one per value would dominate a grid's scroll frame.
const formats = new Map<boolean, Intl.NumberFormat>();

/**
 * A number as people read it, in their locale: up to 6 decimals, grouped by thousands unless the
 * column holds identifiers (`thousandsSeparator: false`: 12345678, not 12,345,678).
 */
export function formatNumber(value: number, config?: NumberSettings): string {
  const grouping = groupsThousands(config);
  let format = formats.get(grouping);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { maximumFractionDigits: 6, useGrouping: grouping });
    formats.set(grouping, format);
  }
  return format.format(value);
}
