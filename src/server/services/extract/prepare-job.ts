import { and, eq, sql } from 'drizzle-orm';
import type { ExtractTableFile } from '../../../contract/extract.ts';
import type { ExtractConfig } from '../../config.ts';
import { extractChunks, extractJobs } from '../../db/schema.ts';
import { readBytes } from '../../net/outbound.ts';
import type { Providers } from '../ai/providers.ts';
import type { Store } from '../store/store.ts';
import { chunkUnits } from './chunk.ts';
import { readFileBytes } from './files.ts';
import { enqueueWebhook } from './finish.ts';
import type { JobRecord, JobSource } from './jobs.ts';
import { readSource } from './sources/read-source.ts';
import { paragraphs, type SourceImage, type SourceRead, type Unit } from './sources/units.ts';

/** Network failures in words a person acts on, not the socket's codes ("connect ECONNREFUSED 127.0.0.1:1"). */
const PLAIN_FAILURES: Array<[RegExp, string]> = [
  [/(?:Error: )?connect ECONNREFUSED \S+/, 'nothing answers at this address (connection refused)'],
  [/could not be resolved: getaddrinfo ENOTFOUND \S+/, 'is not a site that exists: check the spelling'],
  [/could not be resolved: getaddrinfo EAI_AGAIN \S+/, 'could not be looked up just now: try again later'],
  [/(?:Error: )?(?:read )?ECONNRESET/, 'the connection was cut'],
  [/answered HTTP 404$/, 'answered HTTP 404: no page at this address'],
];

/** A source's error as the files list shows it. */
export function plainFailure(message: string): string {
  let plain = message;
  for (const [pattern, words] of PLAIN_FAILURES) plain = plain.replace(pattern, words);
  return plain;
}

/** Reads one source into units, with what the table's files list says about it. */
async function readOne(
  file: ExtractTableFile,
  load: () => Promise<{ bytes: Uint8Array; contentType?: string }>,
  vision: boolean,
): Promise<{ read: SourceRead; file: ExtractTableFile }> {
  let read: SourceRead;
  let size = file.size;
  try {
    const { bytes, contentType } = await load();
    size = bytes.length;
    read = await readSource(bytes, file.name, contentType, vision);
  } catch (error) {
    read = { units: [], error: plainFailure((error as Error).message) };
  }
  return {
    read,
    file: {
      ...file,
      size,
      ...(read.pages !== undefined && { pages: read.pages }),
      ...(read.skippedPages && { skipped_pages: read.skippedPages }),
      ...(read.skippedReason && { skipped_reason: read.skippedReason }),
      ...(read.error && { error: read.error }),
    },
  };
}

/**
 * Every source of a job read into units (images kept whole for the vision model, when there is one),
 * and the files list with each file's pages and problems.
 */
export async function readSources(
  config: ExtractConfig,
  source: JobSource,
  listed: ExtractTableFile[],
): Promise<{ units: Unit[]; images: SourceImage[]; files: ExtractTableFile[] }> {
  if ('text' in source) return { units: paragraphs(source.text, 'pasted text'), images: [], files: [] };
  const units: Unit[] = [];
  const images: SourceImage[] = [];
  const files: ExtractTableFile[] = [];
  for (const [index, file] of listed.entries()) {
    const load =
      'fileIds' in source
        ? async () => ({ bytes: await readFileBytes(config.files, source.fileIds[index] ?? '') })
        : () => readBytes(file.path, { maxBytes: config.urlMaxBytes, timeoutMs: config.urlTimeoutMs });
    const outcome = await readOne(
      file,
      () =>
        load().catch((error: NodeJS.ErrnoException) => {
          throw error.code === 'ENOENT' ? new Error('The file was deleted before it was read') : error;
        }),
      config.visionModel !== undefined,
    );
    units.push(...outcome.read.units);
    images.push(...(outcome.read.images ?? []));
    files.push(outcome.file);
  }
  return { units, images, files };
}

const sourceProblems = (files: ExtractTableFile[]): string[] =>
  files.filter((file) => file.error).map((file) => `${file.name}: ${file.error}`);

/** Why a job read this way can extract nothing (no provider, no text), or null when it can. */
export function whyNothing(
  providerError: string | undefined,
  chunks: number,
  files: ExtractTableFile[],
): string | null {
  if (providerError) return providerError;
  if (chunks > 0) return null;
  const problems = sourceProblems(files);
  return problems.length > 0
    ? `Nothing could be read. ${problems.join('; ')}`
    : 'The sources hold no text to extract from';
}

/**
 * Parses a job claimed by this server (download, read, chunk) and stores its chunks, all at once with
 * the move to "processing" and only if the job is still this server's: a job parsed twice (a lease
 * lost mid-parse) stores its chunks once. A job with nothing to read, or no provider, fails with why.
 */
export async function prepareJob(
  store: Store,
  providers: Providers,
  config: ExtractConfig,
  job: JobRecord,
  owner: string,
): Promise<void> {
  const { units, images, files } = await readSources(
    config,
    job.source as JobSource,
    job.files as ExtractTableFile[],
  );
  const chunks = chunkUnits(units, { maxChars: config.chunkChars, overlapChars: config.overlapChars });
  const resolved = await providers.resolve({ model: job.model ?? undefined });
  // Images go to the vision model, whatever model reads the text.
  const vision = images.length > 0 ? await providers.resolve({ model: config.visionModel }) : resolved;
  // Images are drawn (scanned pages) and encoded one at a time, before the transaction: on the
  // embedded PGlite store an open transaction holds the only connection.
  const imageChunks: Array<{ dataUrl: string; origin: string }> = [];
  const problems = sourceProblems(files);
  for (const image of 'error' in vision ? [] : images) {
    try {
      imageChunks.push({ dataUrl: await image.load(), origin: image.origin });
    } catch (error) {
      problems.push(`${image.origin}: could not be drawn for the vision model (${(error as Error).message})`);
    }
  }
  const providerError = 'error' in resolved ? resolved.error : 'error' in vision ? vision.error : undefined;
  const failure = whyNothing(providerError, chunks.length + imageChunks.length, files);
  const mine = and(
    eq(extractJobs.id, job.id),
    eq(extractJobs.leaseOwner, owner),
    eq(extractJobs.status, 'queued'),
  );
  await store.db.transaction(async (tx) => {
    const [held] = await tx
      .update(extractJobs)
      .set({
        status: failure ? 'failed' : 'processing',
        files,
        errorMessage: failure ?? (problems.length > 0 ? problems.join('; ') : null),
        extractChunks: failure ? 0 : chunks.length + imageChunks.length,
        leaseOwner: null,
        leaseUntil: null,
        updatedAt: sql`now()`,
      })
      .where(mine)
      .returning({ id: extractJobs.id });
    if (!held) return;
    if (failure || 'error' in resolved || 'error' in vision) {
      await enqueueWebhook(tx, { ...job, status: 'failed', errorMessage: failure });
      return;
    }
    for (let start = 0; start < chunks.length; start += 500) {
      await tx.insert(extractChunks).values(
        chunks.slice(start, start + 500).map((chunk, offset) => ({
          jobId: job.id,
          n: start + offset,
          text: chunk.text,
          origin: chunk.origin,
          providerKey: resolved.provider.id,
        })),
      );
    }
    if (imageChunks.length > 0)
      await tx.insert(extractChunks).values(
        imageChunks.map((image, index) => ({
          jobId: job.id,
          n: chunks.length + index,
          kind: 'image',
          text: image.dataUrl,
          origin: image.origin,
          providerKey: vision.provider.id,
        })),
      );
  });
}
