import type { DocumentRecord } from './document-types.ts';
import { isEmptyValue } from './infer.ts';
import { readRecords } from './readers/index.ts';

/** One data row of a file, its values in header order; or a part of the file that could not be read. */
export type SourceRow =
  | { row: number; line?: number; values: unknown[]; empty: boolean }
  | { row: number; line?: number; error: string };

/**
 * The document's data rows in order, aligned to the headers: short rows padded with nulls, keys an
 * object lacks as nulls. Row numbers count every data record (1 = the first after the header), so
 * they stay the same between the preview and the import. `onHeader` gets the header row's cells.
 * JSON objects are laid out by `keyIndex` (key to position); with `learnKeys`, keys not in it yet
 * join it as they appear (the first read of a file learns them).
 */
export async function* sourceRows(
  document: DocumentRecord,
  keyIndex: Map<string, number>,
  options: { learnKeys: boolean; notes: Set<string>; onHeader?: (cells: unknown[]) => void },
): AsyncGenerator<SourceRow[]> {
  const { learnKeys, notes, onHeader } = options;
  let row = 0;
  let headerSeen = false;
  for await (const records of readRecords(document, notes)) {
    const out: SourceRow[] = [];
    for (const record of records) {
      if (record.kind === 'cells' && !headerSeen) {
        // Blank lines above the header are not the header.
        if (record.cells.every(isEmptyValue)) continue;
        headerSeen = true;
        onHeader?.(record.cells);
        continue;
      }
      row++;
      const line = record.line;
      if (record.kind === 'error') {
        out.push(line === undefined ? { row, error: record.message } : { row, line, error: record.message });
        continue;
      }
      const values =
        record.kind === 'cells' ? record.cells : objectValues(record.object, keyIndex, learnKeys);
      const empty = values.every(isEmptyValue);
      out.push(line === undefined ? { row, values, empty } : { row, line, values, empty });
    }
    if (out.length > 0) yield out;
  }
}

/** An object's values in key order; while the keys are still being learned (layout null), new keys join. */
function objectValues(
  object: Record<string, unknown>,
  keyIndex: Map<string, number>,
  learning: boolean,
): unknown[] {
  const values: unknown[] = new Array(keyIndex.size).fill(null);
  for (const [key, value] of Object.entries(object)) {
    let index = keyIndex.get(key);
    if (index === undefined) {
      if (!learning) continue;
      index = keyIndex.size;
      keyIndex.set(key, index);
    }
    values[index] = value ?? null;
  }
  return values;
}
