import { z } from 'zod';
import { type DataTypeDefinition, noSettings } from './data-type.ts';

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'checked', 'x']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'unchecked', '']);

export const booleanType: DataTypeDefinition<typeof noSettings> = {
  settings: noSettings,
  valueSchema: () => z.boolean({ error: 'Expected true or false' }),
  parseText: (text) => {
    const word = text.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    return undefined;
  },
  enrichment: {},
  writable: true,
};
