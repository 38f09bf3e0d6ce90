/** A cell's value as readable text: strings as they are, lists one per line, objects as indented JSON. */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
    return value.map(String).join('\n');
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}
