import { PHONE_PATTERN } from '../../contract/data-types/phone.ts';
import type { ServerColumnType } from './column-type.ts';
import { asText } from './column-type.ts';
import { parses } from './parses.ts';
import { matching, textStorage } from './storage-types.ts';

/** Text that looks like a phone number when converted from another type (the digit count is not checked in SQL). */
const storage = textStorage(matching(PHONE_PATTERN.source));

/** Phone numbers: text in storage, so filters match and sorts order them as text. */
export const phoneColumn: ServerColumnType<'phone'> = {
  storage: () => storage,
  // After number and date: "5551234" stays a number, "2026-04-03" a date; "+1 555 123 4567" is a phone.
  // Only written like one (a +, a space, a dash, parentheses) with 7 digits or more: zip codes and ids stay text.
  infer: {
    rank: 7,
    fits: (value) => {
      const text = asText(value) ?? '';
      return parses('phone')(value) && /[\s().+-]/.test(text) && text.replace(/\D/g, '').length >= 7;
    },
  },
};
