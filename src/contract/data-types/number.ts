import { z } from 'zod';
import type { DataTypeDefinition } from './data-type.ts';

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export const numberType: DataTypeDefinition = {
  valueSchema: () => z.number({ error: 'Expected a number' }).finite(),
  parseText: (text) => {
    const cleaned = text.trim().replace(/,/g, '');
    return NUMBER_TEXT.test(cleaned) ? Number(cleaned) : undefined;
  },
  writable: true,
};
