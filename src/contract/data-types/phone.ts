import { z } from 'zod';
import { type DataTypeDefinition, noSettings } from './data-type.ts';

/**
 * A phone number as people write it: digits with an optional leading +, spaces, dots, dashes,
 * parentheses and an extension (x123); 5 to 20 digits. Kept as typed (trimmed): numbering plans differ
 * too much to rewrite one safely.
 */
export const PHONE_PATTERN = /^\+?[0-9(][0-9 ().-]*[0-9)]( ?(x|ext\.?) ?[0-9]{1,6})?$/i;

const isPhone = (text: string): boolean => {
  const digits = text.replace(/(x|ext\.?) ?[0-9]+$/i, '').replace(/\D/g, '').length;
  return PHONE_PATTERN.test(text) && digits >= 5 && digits <= 20;
};

const phoneSchema = z
  .string()
  .max(64)
  .transform((text) => text.trim())
  .refine(isPhone, { error: 'Expected a phone number (+1 555 123 4567)' });

export const phoneType: DataTypeDefinition<typeof noSettings> = {
  settings: noSettings,
  valueSchema: () => phoneSchema,
  parseText: (text) => (isPhone(text.trim()) ? text.trim() : undefined),
  writable: true,
};
