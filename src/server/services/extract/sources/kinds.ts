import { extname } from 'node:path';

/** What a source is, read from its bytes first and its name or content type second. */
export type SourceKind = 'pdf' | 'html' | 'docx' | 'xlsx' | 'csv' | 'text' | 'image' | 'unsupported';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  html: 'text/html',
  htm: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  txt: 'text/plain',
  md: 'text/markdown',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** The content type a file's name suggests (application/octet-stream when it suggests none). */
export const mimeTypeOf = (name: string): string =>
  MIME[extname(name).slice(1).toLowerCase()] ?? 'application/octet-stream';

const startsWith = (bytes: Uint8Array, text: string) =>
  Buffer.from(bytes.subarray(0, text.length)).toString('latin1') === text;

/** Whether the bytes are text (UTF-8 without NUL bytes in the first 64 KiB). */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - 4));
    return true;
  } catch {
    return false;
  }
}

/** Reads a source's kind from its magic bytes, then its name, then its declared content type. */
export function kindOf(bytes: Uint8Array, name: string, contentType = ''): SourceKind {
  const extension = extname(name.split('?')[0] ?? '')
    .slice(1)
    .toLowerCase();
  if (startsWith(bytes, '%PDF')) return 'pdf';
  if (startsWith(bytes, '\x89PNG') || startsWith(bytes, '\xFF\xD8\xFF') || startsWith(bytes, 'GIF8'))
    return 'image';
  if (startsWith(bytes, 'RIFF') && Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WEBP')
    return 'image';
  if (startsWith(bytes, 'PK\x03\x04')) {
    const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1');
    if (head.includes('word/') || extension === 'docx') return 'docx';
    if (head.includes('xl/') || extension === 'xlsx') return 'xlsx';
    return 'unsupported';
  }
  if (!looksLikeText(bytes)) return 'unsupported';
  const start = Buffer.from(bytes.subarray(0, 1024)).toString('utf8').trimStart().toLowerCase();
  if (
    contentType.includes('html') ||
    extension === 'html' ||
    extension === 'htm' ||
    start.startsWith('<!doctype html') ||
    start.startsWith('<html')
  )
    return 'html';
  if (extension === 'csv' || extension === 'tsv' || contentType.includes('csv')) return 'csv';
  return 'text';
}
