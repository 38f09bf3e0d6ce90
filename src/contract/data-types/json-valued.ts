import { z } from 'zod';
import type { DataTypeDefinition } from './data-type.ts';

/** Computed values are produced by the server (formulas arrive later); clients read them only. */
export const computedType: DataTypeDefinition = {
  valueSchema: () => z.json(),
  parseText: () => undefined,
  writable: false,
};

/** A relation holds the id of one related row, or a list of them. */
export const relationType: DataTypeDefinition = {
  valueSchema: () => z.union([z.string().min(1).max(64), z.array(z.string().min(1).max(64)).max(1000)]),
  parseText: (text) => {
    const ids = text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    return ids.length <= 1 ? ids[0] : ids;
  },
  writable: true,
};
