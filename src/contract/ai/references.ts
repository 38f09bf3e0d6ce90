/**
 * How a prompt's `{reference}` names a column: by its key (`{full_name}`) or by the name people see in
 * the grid (`{Full name}`). Shared by the server (rendering, dependencies, checks, renames) and the app
 * (the prompt editor's column chips), so both read a prompt the same way.
 */
export interface NamedColumn {
  name: string;
  displayName?: string;
}

const fold = (text: string) => text.trim().toLowerCase();

/**
 * A function from a reference as written to the key of the column it names: the key itself first, then
 * a display name, exactly, then ignoring case. A display name two columns share names neither (the key
 * still does). Undefined for a reference that names no column.
 */
export function columnResolver(columns: readonly NamedColumn[]): (reference: string) => string | undefined {
  const keys = new Set(columns.map((column) => column.name));
  const byLabel = new Map<string, string | null>();
  const byFolded = new Map<string, string | null>();
  for (const column of columns) {
    const label = column.displayName?.trim();
    if (!label) continue;
    byLabel.set(label, byLabel.has(label) && byLabel.get(label) !== column.name ? null : column.name);
    const folded = fold(label);
    byFolded.set(folded, byFolded.has(folded) && byFolded.get(folded) !== column.name ? null : column.name);
  }
  return (reference) => {
    const written = reference.trim();
    if (keys.has(written)) return written;
    return byLabel.get(written) ?? byFolded.get(fold(written)) ?? undefined;
  };
}

/**
 * How the app writes a column into a prompt: its display name, as people see it, when that names this
 * column and no other; its key otherwise (a shared or brace-holding display name).
 */
export function referenceFor(column: NamedColumn, columns: readonly NamedColumn[]): string {
  const label = column.displayName?.trim();
  if (!label || /[{}]/.test(label)) return column.name;
  return columnResolver(columns)(label) === column.name ? label : column.name;
}
