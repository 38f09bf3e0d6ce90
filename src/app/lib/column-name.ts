import { isReservedColumnName } from '../../contract/columns.ts';

/**
 * A column key from a display name: lowercase words joined by underscores, so prompt templates
 * can name it as `{customer_name}`. Falls back to `column`, and adds `_2`, `_3`... when the key is taken
 * or reserved (a column shown as "Constructor" is keyed `constructor_2`).
 */
export function columnNameFrom(displayName: string, taken: ReadonlySet<string>): string {
  const base =
    displayName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 56) || 'column';
  const free = (name: string) => !taken.has(name) && !isReservedColumnName(name);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (free(candidate)) return candidate;
  }
}
