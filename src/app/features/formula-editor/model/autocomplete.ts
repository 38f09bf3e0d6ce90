import type { Column } from '../../../../contract/columns.ts';
import { FORMULA_FUNCTIONS } from '../../../../contract/data-types/formula/formula-functions.ts';
import { columnReference } from '../../../../contract/data-types/formula/references.ts';

export interface Suggestion {
  /** What the list shows. */
  label: string;
  /** What replaces the word being typed. */
  insert: string;
  detail: string;
  kind: 'column' | 'function';
}

export interface Completion {
  /** The span of the formula the chosen suggestion replaces. */
  from: number;
  to: number;
  items: Suggestion[];
}

const MAX_ITEMS = 12;

/** Whether the caret is inside a string literal (odd count of unescaped quotes before it). */
function inString(text: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
  }
  return quote !== null;
}

/**
 * What to offer at the caret: columns (bare or in braces) and functions whose names start with the word
 * being typed; inside `{…` only columns, matched anywhere in their name. Nothing inside a string.
 */
export function complete(
  formula: string,
  caret: number,
  columns: Column[],
  self?: string,
): Completion | null {
  const before = formula.slice(0, caret);
  if (inString(before)) return null;
  const others = columns.filter((column) => column.name !== self);
  const brace = /\{([^{}]*)$/.exec(before);
  if (brace) {
    const typed = (brace[1] ?? '').toLowerCase();
    const closing = formula[caret] === '}' ? 1 : 0;
    const items = others
      .filter((c) => c.name.toLowerCase().includes(typed) || c.displayName.toLowerCase().includes(typed))
      .map(
        (c): Suggestion => ({
          label: c.displayName,
          insert: `{${c.name}}`,
          detail: c.dataType,
          kind: 'column',
        }),
      );
    return items.length > 0
      ? { from: caret - typed.length - 1, to: caret + closing, items: items.slice(0, MAX_ITEMS) }
      : null;
  }
  const word = /[A-Za-z_$][A-Za-z0-9_$]*$/.exec(before)?.[0];
  if (!word) return null;
  const typed = word.toLowerCase();
  const columnItems = others
    .filter((c) => c.name.toLowerCase().startsWith(typed) || c.displayName.toLowerCase().startsWith(typed))
    .map(
      (c): Suggestion => ({
        label: c.displayName,
        insert: columnReference(c.name),
        detail: c.dataType,
        kind: 'column',
      }),
    );
  const functionItems = Object.entries(FORMULA_FUNCTIONS)
    .filter(([name]) => name.startsWith(typed))
    .map(
      ([name, spec]): Suggestion => ({
        label: spec.signature,
        insert: `${name}(`,
        detail: spec.description,
        kind: 'function',
      }),
    );
  const items = [...columnItems, ...functionItems].filter((item) => item.insert !== word);
  return items.length > 0 ? { from: caret - word.length, to: caret, items: items.slice(0, MAX_ITEMS) } : null;
}
