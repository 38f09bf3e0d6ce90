/**
 * One record as a reader found it: the cells of a delimited line or a spreadsheet row, an object of
 * a JSON file, or why a part of the file could not be read (the reader then goes on after it).
 */
export type RawRecord =
  | { kind: 'cells'; line?: number; cells: unknown[] }
  | { kind: 'object'; line?: number; object: Record<string, unknown> }
  | { kind: 'error'; line?: number; message: string };

/** A record's place in the file for messages: "line 12" when the format has lines. */
export const where = (line: number | undefined): string => (line === undefined ? '' : ` (line ${line})`);
