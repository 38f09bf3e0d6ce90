import { z } from 'zod';
import type { DataTypeDefinition } from './data-type.ts';

export const MAX_TEXT_LENGTH = 100_000;

export const textType: DataTypeDefinition = {
  valueSchema: () => z.string().max(MAX_TEXT_LENGTH),
  parseText: (text) => text,
  writable: true,
};
