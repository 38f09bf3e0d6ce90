const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const WORDS = new Set(['true', 'false', 'null', 'this']);

/** How a formula names a column: bare when it can be an identifier, else in braces (`{Unit price}`). */
export function columnReference(name: string): string {
  if (IDENTIFIER.test(name) && !WORDS.has(name)) return name;
  return name.includes('}') ? `col(${JSON.stringify(name)})` : `{${name}}`;
}

/**
 * Renames column references in a formula's text, leaving the rest (spacing, strings, function names)
 * as written: when a column is renamed, the formulas that read it follow.
 */
export function renameReferences(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const char = formula[i] as string;
    if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < formula.length && formula[end] !== char) end += formula[end] === '\\' ? 2 : 1;
      out += formula.slice(i, end + 1);
      i = end + 1;
    } else if (char === '{') {
      const end = formula.indexOf('}', i);
      if (end < 0) return out + formula.slice(i);
      const name = formula.slice(i + 1, end).trim();
      const renamed = renames.get(name);
      out += renamed === undefined ? formula.slice(i, end + 1) : columnReference(renamed);
      i = end + 1;
    } else if (/[A-Za-z_$]/.test(char) && !/[A-Za-z0-9_$.]/.test(formula[i - 1] ?? ' ')) {
      const name = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(formula.slice(i))?.[0] as string;
      const call = /^\s*\(/.test(formula.slice(i + name.length));
      const renamed = call ? undefined : renames.get(name);
      out += renamed === undefined ? name : columnReference(renamed);
      i += name.length;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}
