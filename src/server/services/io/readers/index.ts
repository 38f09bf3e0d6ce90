import type { DocumentRecord } from '../document-types.ts';
import { readDelimited } from './delimited.ts';
import { inGroups } from './drain.ts';
import { readJsonArray } from './json-array.ts';
import { readNdjson } from './ndjson.ts';
import type { RawRecord } from './raw-record.ts';
import { bomLength, openText } from './text-stream.ts';

export type { RawRecord } from './raw-record.ts';

/**
 * The document's records in file order, in chunks, whatever its format; `notes` collects what the
 * reader noticed.
 */
export async function* readRecords(
  document: DocumentRecord,
  notes: Set<string>,
): AsyncGenerator<RawRecord[]> {
  switch (document.type) {
    case 'csv':
    case 'tsv':
      yield* readDelimited(
        document.path,
        document.encoding,
        document.delimiter ?? (document.type === 'tsv' ? '\t' : ','),
      );
      return;
    case 'xlsx':
      // exceljs loads on first use: it is a large part of a server start (docs/decisions.md).
      yield* inGroups((await import('./xlsx.ts')).readXlsx(document.path, notes));
      return;
    case 'json':
    case 'ndjson': {
      const { text } = openText(document.path, document.encoding, await bomLength(document.path));
      yield* inGroups(document.type === 'json' ? readJsonArray(text) : readNdjson(text));
      return;
    }
  }
}
