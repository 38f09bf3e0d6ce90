import type { ServerColumnType } from './column-type.ts';
import { asText } from './column-type.ts';
import { jsonStorage, type StorageType } from './storage-types.ts';

/** An object or array, as a JSON file holds it or as text in a CSV cell ({"a":1}, [1,2]). */
const isDocument = (value: unknown): boolean => {
  if (value !== null && typeof value === 'object') return true;
  const text = asText(value);
  if (!text || !/^[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** In a file a cell holds the JSON text (a string keeps its quotes), which imports back as the same value. */
const storage: StorageType = { ...jsonStorage, fileText: (column) => `${column}::text` };

/**
 * Any JSON in jsonb: filters match its text (`contains` finds a key or a value), sorts order by jsonb.
 * Text converted from another type becomes a JSON string. Inferred last, for files whose values are
 * all objects or arrays (arrays of words are a multiselect first).
 */
export const jsonColumn: ServerColumnType<'json'> = {
  storage: () => storage,
  infer: { rank: 8, fits: isDocument },
};
