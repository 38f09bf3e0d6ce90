import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { eq } from 'drizzle-orm';
import type { Document, DocumentType } from '../../../contract/documents.ts';
import { documents } from '../../db/schema.ts';
import { NotFoundError, ValidationError } from '../store/errors.ts';
import { isUuid, newId } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import type { Analysis, DocumentLimits, DocumentRecord } from './document-types.ts';
import { sniff } from './sniff.ts';

export class FileTooLargeError extends Error {}

const HEAD_BYTES = 64 * 1024;

/** Watches bytes go by: keeps the first 64 KiB, checks the whole stream is UTF-8, counts, caps. */
function inspector(maxBytes: number) {
  const state = { head: new Uint8Array(0), size: 0, utf8: true };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      state.size += chunk.length;
      if (state.size > maxBytes) return done(new FileTooLargeError());
      if (state.head.length < HEAD_BYTES) {
        state.head = Buffer.concat([state.head, chunk.subarray(0, HEAD_BYTES - state.head.length)]);
      }
      if (state.utf8) {
        try {
          decoder.decode(chunk, { stream: true });
        } catch {
          state.utf8 = false;
        }
      }
      done(null, chunk);
    },
    flush(done) {
      if (state.utf8) {
        try {
          decoder.decode();
        } catch {
          state.utf8 = false;
        }
      }
      done();
    },
  });
  return { transform, state };
}

/**
 * Streams an uploaded file to disk (never whole in memory), then reads its format and encoding from
 * its content. A file over the limit, or one that is no format the import reads, is removed and
 * refused with the reason.
 */
export async function saveDocument(
  store: Store,
  limits: DocumentLimits,
  file: Readable,
  name: string,
): Promise<Document> {
  await mkdir(limits.dir, { recursive: true });
  const id = newId();
  const path = join(limits.dir, id);
  const partial = `${path}.part`;
  const watch = inspector(limits.maxBytes);
  try {
    await pipeline(file, watch.transform, createWriteStream(partial));
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const extension = extname(name).slice(1).toLowerCase();
  const sniffed = sniff(watch.state.head, watch.state.utf8, extension);
  const refusal =
    sniffed.kind === 'refused'
      ? sniffed.reason
      : sniffed.kind === 'xlsx' && watch.state.size > limits.xlsxMaxBytes
        ? `XLSX files are read whole into memory, so they may be at most ${limits.xlsxMaxBytes} bytes; save this one as CSV`
        : undefined;
  if (refusal || sniffed.kind === 'refused') {
    await rm(partial, { force: true });
    throw new ValidationError(`Cannot import ${name}`, [{ path: 'file', message: refusal ?? 'Unreadable' }]);
  }
  await rename(partial, path);
  const type: DocumentType = sniffed.kind === 'xlsx' ? 'xlsx' : sniffed.type;
  const encoding = sniffed.kind === 'text' ? sniffed.encoding : 'binary';
  const notes = [
    ...(extension &&
    extension !== type &&
    !(extension === 'txt' && type !== 'xlsx') &&
    !(extension === 'jsonl' && type === 'ndjson')
      ? [
          `The file is named .${extension} but its content is ${type.toUpperCase()}; it is read as ${type.toUpperCase()}`,
        ]
      : []),
    ...(encoding === 'windows-1252' ? ['The text is not UTF-8; it is read as Windows-1252 (Latin-1)'] : []),
    ...(sniffed.kind === 'text' && sniffed.bom > 0
      ? [`A ${encoding.toUpperCase()} byte-order mark was removed`]
      : []),
  ];
  const [record] = await store.db
    .insert(documents)
    .values({
      id,
      name,
      size: watch.state.size,
      type,
      encoding,
      delimiter: sniffed.kind === 'text' ? sniffed.delimiter : null,
      notes,
    })
    .returning();
  if (!record) throw new Error('Document not stored');
  return {
    id,
    name,
    size: watch.state.size,
    type,
    encoding,
    notes,
    createdAt: record.createdAt.toISOString(),
  };
}

/** A stored document with where its bytes are; "Document not found" otherwise. */
export async function getDocument(store: Store, limits: DocumentLimits, id: string): Promise<DocumentRecord> {
  if (!isUuid(id)) throw new NotFoundError('Document not found');
  const [record] = await store.db.select().from(documents).where(eq(documents.id, id));
  if (!record) throw new NotFoundError('Document not found');
  return {
    id: record.id,
    name: record.name,
    size: record.size,
    type: record.type as DocumentType,
    encoding: record.encoding,
    notes: record.notes as string[],
    createdAt: record.createdAt.toISOString(),
    path: join(limits.dir, record.id),
    delimiter: record.delimiter,
    analysis: (record.analysis as Analysis | null) ?? null,
  };
}

/** Keeps what a full read of the document found, so the import does not read it twice. */
export async function saveAnalysis(store: Store, id: string, analysis: Analysis): Promise<void> {
  await store.db.update(documents).set({ analysis }).where(eq(documents.id, id));
}

/** Removes a document and its file. */
export async function deleteDocument(store: Store, limits: DocumentLimits, id: string): Promise<void> {
  const document = await getDocument(store, limits, id);
  await store.db.delete(documents).where(eq(documents.id, id));
  await rm(document.path, { force: true });
}
