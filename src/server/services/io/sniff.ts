import type { DocumentType } from '../../../contract/documents.ts';

/** What the first bytes of a file say it is. */
export type Sniffed =
  | { kind: 'text'; type: DocumentType; encoding: string; delimiter: string | null; bom: number }
  | { kind: 'xlsx' }
  | { kind: 'refused'; reason: string };

const startsWith = (bytes: Uint8Array, ...signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/** Binary formats people upload by mistake, by their signature, to say what the file really is. */
const BINARY: Array<[number[], string]> = [
  [
    [0xd0, 0xcf, 0x11, 0xe0],
    'an Excel 97-2003 (.xls) workbook or another old Office file: save it as .xlsx or CSV',
  ],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive: unpack it first'],
];

/** The byte-order mark, if any: its encoding and length. */
function byteOrderMark(head: Uint8Array): { encoding: string; length: number } | undefined {
  if (startsWith(head, 0xef, 0xbb, 0xbf)) return { encoding: 'utf-8', length: 3 };
  if (startsWith(head, 0xff, 0xfe)) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(head, 0xfe, 0xff)) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The field delimiter of a header line: the most frequent of tab, comma, semicolon and pipe outside quotes. */
export function detectDelimiter(line: string, hint: string | null): string {
  const counts = new Map<string, number>([
    ['\t', 0],
    [',', 0],
    [';', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [',', 0];
  return count === 0 ? (hint ?? ',') : best;
}

/**
 * Reads a file's format from its content (the extension is only a hint when the content cannot
 * tell): ZIP means XLSX, a known binary signature or NUL bytes are refused with what the file looks
 * like, text starting with `[` is a JSON array, `{` NDJSON, anything else delimited text.
 * `utf8Valid` says whether the whole file decodes as UTF-8; when it does not, it is Windows-1252.
 */
export function sniff(head: Uint8Array, utf8Valid: boolean, extension: string): Sniffed {
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) return { kind: 'xlsx' };
  if (head.length === 0) return { kind: 'refused', reason: 'The file is empty' };
  for (const [signature, what] of BINARY) {
    if (startsWith(head, ...signature)) return { kind: 'refused', reason: `The file is ${what}` };
  }
  const bom = byteOrderMark(head);
  const encoding = bom?.encoding ?? (utf8Valid ? 'utf-8' : 'windows-1252');
  if (!bom?.encoding.startsWith('utf-16') && head.includes(0)) {
    return { kind: 'refused', reason: 'The file is binary, not text: it is not CSV, TSV, JSON or XLSX' };
  }
  const text = new TextDecoder(encoding).decode(head.subarray(bom?.length ?? 0));
  const first = text.trimStart()[0];
  const base = { kind: 'text' as const, encoding, bom: bom?.length ?? 0 };
  if (first === '[') return { ...base, type: 'json', delimiter: null };
  if (first === '{') return { ...base, type: 'ndjson', delimiter: null };
  const delimiter = detectDelimiter(text.split(/\r\n|\r|\n/)[0] ?? '', extension === 'tsv' ? '\t' : null);
  return { ...base, type: delimiter === '\t' ? 'tsv' : 'csv', delimiter };
}
