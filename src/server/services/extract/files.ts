import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { desc, eq } from 'drizzle-orm';
import type { ExtractFile } from '../../../contract/extract.ts';
import { extractFiles } from '../../db/schema.ts';
import { FileTooLargeError } from '../io/documents.ts';
import { NotFoundError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { prefixedId } from './schemas.ts';
import { mimeTypeOf } from './sources/kinds.ts';

/** Where extraction files are kept and how large one may be. */
export interface FileLimits {
  dir: string;
  maxBytes: number;
}

type FileRecord = typeof extractFiles.$inferSelect;

const toFile = (record: FileRecord): ExtractFile => ({
  id: record.id,
  name: record.name,
  size: record.size,
  mime_type: record.mimeType,
  created_at: record.createdAt.toISOString(),
});

/** Counts bytes going by and stops the stream past the limit. */
function capped(maxBytes: number) {
  let size = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new FileTooLargeError());
      done(null, chunk);
    },
  });
  return { transform, size: () => size };
}

/** Streams an upload to disk (never whole in memory) and records it; its kind is read when extracted. */
export async function saveFile(
  store: Store,
  limits: FileLimits,
  file: Readable,
  name: string,
): Promise<ExtractFile> {
  await mkdir(limits.dir, { recursive: true });
  const id = prefixedId('file');
  const path = join(limits.dir, id);
  const counter = capped(limits.maxBytes);
  try {
    await pipeline(file, counter.transform, createWriteStream(`${path}.part`));
  } catch (error) {
    await rm(`${path}.part`, { force: true });
    throw error;
  }
  await rename(`${path}.part`, path);
  const [record] = await store.db
    .insert(extractFiles)
    .values({ id, name, size: counter.size(), mimeType: mimeTypeOf(name) })
    .returning();
  if (!record) throw new Error('File not stored');
  return toFile(record);
}

export async function listFiles(store: Store): Promise<ExtractFile[]> {
  const records = await store.db.select().from(extractFiles).orderBy(desc(extractFiles.createdAt));
  return records.map(toFile);
}

export async function getFile(store: Store, id: string): Promise<ExtractFile> {
  const [record] = await store.db.select().from(extractFiles).where(eq(extractFiles.id, id));
  if (!record) throw new NotFoundError('File not found');
  return toFile(record);
}

/** A file's bytes, for the job that extracts from it. */
export const readFileBytes = (limits: FileLimits, id: string): Promise<Buffer> =>
  readFile(join(limits.dir, id));

/** Removes a file; tables made from it keep their rows (their sources were read when they started). */
export async function deleteFile(store: Store, limits: FileLimits, id: string): Promise<void> {
  await getFile(store, id);
  await store.db.delete(extractFiles).where(eq(extractFiles.id, id));
  await rm(join(limits.dir, id), { force: true });
}
