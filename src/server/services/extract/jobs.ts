import { desc, eq } from 'drizzle-orm';
import type { CreateExtractTableInput, ExtractTable, ExtractTableFile } from '../../../contract/extract.ts';
import { extractJobs } from '../../db/schema.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import { NotFoundError, ValidationError } from '../store/errors.ts';
import { isUuid } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import { createTable } from '../tables/tables.ts';
import { tableColumns } from './columns.ts';
import { getFile } from './files.ts';
import { getSchema, prefixedId } from './schemas.ts';

/** What a job reads: pasted text, uploaded files, or web addresses. */
export type JobSource = { text: string } | { fileIds: string[] } | { urls: string[] };

/** Where the webhook goes, with the custom auth header (its value sealed). */
export interface JobWebhook {
  url: string;
  headerName?: string;
  sealedHeaderValue?: string;
}

export type JobRecord = typeof extractJobs.$inferSelect;

const SOURCES = ['file_ids', 'file_urls', 'source_text'] as const;

type SourceInput = Pick<CreateExtractTableInput, 'file_ids' | 'file_urls' | 'source_text'>;

/** Exactly one of file_ids, file_urls and source_text, as Lasso requires; a ValidationError otherwise. */
function sourceOf(input: SourceInput): JobSource {
  const given = SOURCES.filter((key) => input[key] !== undefined);
  if (given.length !== 1)
    throw new ValidationError('Provide exactly one of file_ids, file_urls or source_text', [
      {
        path: given.length === 0 ? '' : given.join(','),
        message:
          given.length === 0 ? 'No source given' : `${given.length} sources given: ${given.join(', ')}`,
      },
    ]);
  if (input.file_ids) return { fileIds: input.file_ids };
  if (input.file_urls) return { urls: input.file_urls };
  return { text: input.source_text ?? '' };
}

/** What a job will read, checked (exactly one kind of source, files that exist), with its files list. */
export async function jobSources(
  store: Store,
  input: SourceInput,
): Promise<{ source: JobSource; files: ExtractTableFile[] }> {
  const source = sourceOf(input);
  const files: ExtractTableFile[] = [];
  if ('fileIds' in source) {
    for (const [index, id] of source.fileIds.entries()) {
      const file = await getFile(store, id).catch(() => {
        throw new ValidationError('Unknown file', [{ path: `file_ids[${index}]`, message: `No file ${id}` }]);
      });
      files.push({ name: file.name, path: `files/${file.id}/${file.name}`, size: file.size });
    }
  }
  if ('urls' in source) files.push(...source.urls.map((url) => ({ name: url, path: url, size: 0 })));
  return { source, files };
}

/**
 * Starts an extraction: checks the schema and sources, makes the ordinary table it fills (one column
 * per schema column) and queues the job, which a worker on any server then parses and extracts.
 */
export async function createJob(
  store: Store,
  secrets: SecretBox,
  input: CreateExtractTableInput,
): Promise<ExtractTable> {
  const { source, files } = await jobSources(store, input);
  const schema = await getSchema(store, input.schema_id).catch(() => {
    throw new ValidationError('Unknown schema', [
      { path: 'schema_id', message: `No schema ${input.schema_id}` },
    ]);
  });
  const table = await createTable(store, {
    name: input.name,
    description: `Extracted with the schema "${schema.name}"`,
    ...(input.project_id && { projectId: input.project_id }),
    columns: tableColumns(schema.columns),
    source: 'agent',
  });
  const webhook: JobWebhook | null = input.webhook_url
    ? {
        url: input.webhook_url,
        ...(input.webhook_auth_header_name && { headerName: input.webhook_auth_header_name }),
        ...(input.webhook_auth_header_value && {
          sealedHeaderValue: secrets.seal(input.webhook_auth_header_value),
        }),
      }
    : null;
  const id = prefixedId('tbl');
  await store.db.insert(extractJobs).values({
    id,
    tableId: table.id,
    name: input.name,
    schemaId: schema.id,
    sourceType: 'text' in source ? 'text' : 'files',
    source,
    files,
    additionalContext: input.additional_context ?? null,
    enhancementContext: input.enhancement_context ?? null,
    model: input.model ?? null,
    webhook,
  });
  return getJob(store, id);
}

export async function getJobRecord(store: Store, id: string): Promise<JobRecord> {
  const [record] = await store.db.select().from(extractJobs).where(eq(extractJobs.id, id));
  if (!record) throw new NotFoundError('Table not found');
  return record;
}

/** Share of progress the enhancement pass takes when there is one. */
const ENHANCE_SHARE = 20;

/**
 * Progress 0-100 from finished chunks: extraction chunks fill it (to 80 when an enhancement pass
 * follows, whose chunks fill the rest). It reaches 100 only when the job is completed.
 */
export function progressOf(job: JobRecord): number {
  if (job.status === 'completed') return 100;
  if (job.extractChunks === 0) return 0;
  const share = job.enhancementContext ? 100 - ENHANCE_SHARE : 100;
  const extracted = (job.extractDone / job.extractChunks) * share;
  const enhanced = job.enhanceChunks > 0 ? (job.enhanceDone / job.enhanceChunks) * ENHANCE_SHARE : 0;
  return Math.min(99, Math.floor(extracted + enhanced));
}

/** A job as Lasso shows a table; "queued" (not yet parsed) shows as processing, as a new table does. */
export function toExtractTable(job: JobRecord): ExtractTable {
  return {
    id: job.id,
    name: job.name,
    schema_id: job.schemaId,
    status: job.status === 'queued' ? 'processing' : (job.status as ExtractTable['status']),
    progress: progressOf(job),
    total_rows: job.totalRows,
    source_type: job.sourceType as ExtractTable['source_type'],
    additional_context: job.additionalContext,
    enhancement_context: job.enhancementContext,
    error_message: job.errorMessage,
    files: job.files as ExtractTableFile[],
    table_id: job.tableId,
    created_at: job.createdAt.toISOString(),
    updated_at: job.updatedAt.toISOString(),
  };
}

/** Extraction tables, newest first; with a table id, the extractions that filled that ordinary table. */
export async function listJobs(
  store: Store,
  filter: { tableId?: string | undefined },
): Promise<ExtractTable[]> {
  if (filter.tableId !== undefined && !isUuid(filter.tableId)) return [];
  const records = await store.db
    .select()
    .from(extractJobs)
    .where(filter.tableId === undefined ? undefined : eq(extractJobs.tableId, filter.tableId))
    .orderBy(desc(extractJobs.createdAt), desc(extractJobs.id));
  return records.map(toExtractTable);
}

export async function getJob(store: Store, id: string): Promise<ExtractTable> {
  return toExtractTable(await getJobRecord(store, id));
}
