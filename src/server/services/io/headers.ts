import { isReservedColumnName } from '../../../contract/columns.ts';

/** Longest column key and label the API takes (see contract/columns.ts). */
const NAME_MAX = 64;

/**
 * Header names as column keys: trimmed and cut to 64 characters; an empty header is named after its
 * position (`column_3`) and a repeated one gets a suffix (`name_2`), as does one no column may have
 * (`constructor_2`, see `isReservedColumnName`), each said in a note, so no field is dropped or merged
 * into another.
 */
export function uniqueHeaders(raw: unknown[], notes: Set<string>): string[] {
  const seen = new Set<string>();
  const emptied: string[] = [];
  const renamed: string[] = [];
  const names = raw.map((value, index) => {
    let name = String(value ?? '')
      .trim()
      .slice(0, NAME_MAX);
    if (!name) {
      name = `column_${index + 1}`;
      emptied.push(name);
    }
    const base = name;
    for (let n = 2; seen.has(name.toLowerCase()) || isReservedColumnName(name); n++)
      name = `${base.slice(0, NAME_MAX - 1 - String(n).length)}_${n}`;
    if (name !== base) renamed.push(`"${base}" → ${name}`);
    seen.add(name.toLowerCase());
    return name;
  });
  if (emptied.length > 0) notes.add(`Empty header names were named by position: ${emptied.join(', ')}`);
  if (renamed.length > 0)
    notes.add(`Repeated or reserved header names were given a suffix: ${renamed.join(', ')}`);
  return names;
}

/** Headers for fields past the header row's end (ragged rows), named by position. */
export function extraHeaders(headers: string[], width: number): string[] {
  const taken = new Set(headers.map((header) => header.toLowerCase()));
  const extra: string[] = [];
  for (let index = headers.length; index < width; index++) {
    let name = `column_${index + 1}`;
    for (let n = 2; taken.has(name); n++) name = `column_${index + 1}_${n}`;
    taken.add(name);
    extra.push(name);
  }
  return extra;
}
