/**
 * Prompt templates: text with `{column_name}` references to the row's columns. `{{` and `}}` write a
 * literal brace. Parsing is shared by the server (rendering, dependency checks) and the app (the prompt
 * editor's highlighting and autocomplete).
 */
export type TemplatePart = { text: string } | { column: string; start: number };

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Problems a person must fix: an unclosed `{`, an empty `{}`. */
  errors: string[];
}

export function parseTemplate(template: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const errors: string[] = [];
  let text = '';
  for (let i = 0; i < template.length; i++) {
    const char = template[i];
    const next = template[i + 1];
    if ((char === '{' && next === '{') || (char === '}' && next === '}')) {
      text += char;
      i++;
    } else if (char === '{') {
      const end = template.indexOf('}', i + 1);
      if (end === -1) {
        errors.push(`The "{" at position ${i + 1} is never closed; write {{ for a literal brace`);
        text += template.slice(i);
        break;
      }
      const column = template.slice(i + 1, end).trim();
      if (column === '') errors.push(`Empty reference "{}" at position ${i + 1}`);
      else {
        if (text) parts.push({ text });
        text = '';
        parts.push({ column, start: i });
      }
      i = end;
    } else {
      text += char;
    }
  }
  if (text) parts.push({ text });
  return { parts, errors };
}

/** The distinct column names a template refers to, in order of first use. */
export function templateReferences(template: string): string[] {
  const names = parseTemplate(template).parts.flatMap((part) => ('column' in part ? [part.column] : []));
  return [...new Set(names)];
}

/** Fills a template with the row's values as text; a missing or empty value renders as "(empty)". */
export function renderTemplate(template: string, textOf: (column: string) => string | null): string {
  return parseTemplate(template)
    .parts.map((part) => ('text' in part ? part.text : (textOf(part.column) ?? '(empty)')))
    .join('');
}
