import { z } from 'zod';

/**
 * Every column type a table can hold. A new type joins here, then in one contract file (data-types/,
 * its settings schema included), one server file (server/column-types/) and one app file
 * (app/column-types/); the compiler names each: see docs/column-types.md.
 */
export const DataType = z.enum([
  'text',
  'number',
  'boolean',
  'date',
  'select',
  'multiselect',
  'url',
  'email',
  'computed',
  'relation',
  'ai',
  'phone',
  'json',
  'image',
  'images',
  'markdown',
]);
export type DataType = z.infer<typeof DataType>;
