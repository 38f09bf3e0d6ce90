/** A column reference being typed: the text after its `{` up to the caret, and where it starts. */
export interface OpenReference {
  /** Position of the `{`. */
  start: number;
  query: string;
}

/**
 * The reference the caret is in, if any: after a `{` that is not doubled (`{{` is a literal brace) and
 * not closed before the caret. What the prompt editor completes.
 */
export function referenceAtCaret(text: string, caret: number): OpenReference | undefined {
  const before = text.slice(0, caret);
  const open = before.lastIndexOf('{');
  if (open === -1) return undefined;
  const query = before.slice(open + 1);
  if (query.includes('}') || query.includes('\n')) return undefined;
  // `{{` writes a literal brace: count the braces in the run ending at `open`.
  let run = 0;
  for (let i = open; i >= 0 && before[i] === '{'; i--) run++;
  if (run % 2 === 0) return undefined;
  return { start: open, query };
}

/** The text with the open reference replaced by `{name}`, and where the caret goes after it. */
export function completeReference(text: string, reference: OpenReference, caret: number, name: string) {
  const after = text.slice(caret);
  const closing = after.startsWith('}') ? 1 : 0;
  const next = `${text.slice(0, reference.start)}{${name}}${after.slice(closing)}`;
  return { text: next, caret: reference.start + name.length + 2 };
}
