import { sql } from 'drizzle-orm';
import type { ExtractColumn } from '../../../contract/extract.ts';
import { queryRows } from '../../db/database.ts';
import { type CallOutcome, callModel } from '../ai/call-model.ts';
import { languageModel } from '../ai/language-model.ts';
import type { Providers } from '../ai/providers.ts';
import type { Store } from '../store/store.ts';
import { type CheckedItem, checkItem } from './items.ts';
import type { JobRecord } from './jobs.ts';
import {
  EnhanceAnswer,
  enhanceSchema,
  enhanceSystem,
  extractPrompt,
  extractSystem,
  IMAGE_PROMPT,
  ItemsAnswer,
  itemsSchema,
} from './prompt.ts';
import type { ClaimedChunk } from './write-chunk.ts';

/** What a chunk's call gave: checked items (extraction) or answers by row id (enhancement). */
export type ChunkResult =
  | { ok: true; items: CheckedItem[] }
  | { ok: true; answers: Map<string, CheckedItem> }
  | Extract<CallOutcome, { ok: false }>;

/**
 * Calls the job's model for one chunk, through the engine's call (structured output, errors
 * classified as retryable or not): an extraction chunk's items, or an enhancement chunk's values.
 */
export async function runChunk(
  store: Store,
  providers: Providers,
  job: JobRecord,
  schema: { name: string; columns: ExtractColumn[] },
  chunk: ClaimedChunk,
  options: { timeoutMs: number; signal: AbortSignal; visionModel: string | undefined },
): Promise<ChunkResult> {
  const { timeoutMs, signal, visionModel } = options;
  // An image is read by the vision model, whatever model reads the job's text.
  const resolved = await providers.resolve({
    model: (chunk.kind === 'image' ? visionModel : job.model) ?? undefined,
  });
  if ('error' in resolved) return { ok: false, error: resolved.error, retryable: false, latencyMs: 0 };
  const model = languageModel(resolved.provider, resolved.model);
  if (chunk.kind !== 'enhance') {
    const result = await callModel({
      model,
      system: extractSystem(schema.name, schema.columns, job.additionalContext),
      ...(chunk.kind === 'image'
        ? { prompt: IMAGE_PROMPT, images: [chunk.text] }
        : { prompt: extractPrompt(chunk.text) }),
      answer: { jsonSchema: itemsSchema(schema.columns), schema: ItemsAnswer },
      timeoutMs,
      signal,
    });
    if (!result.ok) return result;
    const items = (result.answer as { items: Array<Record<string, unknown>> }).items;
    return { ok: true, items: items.map((item) => checkItem(schema.columns, item)) };
  }
  const ids = JSON.parse(chunk.text) as string[];
  const rows = await queryRows<{
    row_id: string;
    extracted: Record<string, unknown>;
    source: { excerpt: string };
  }>(
    store.db,
    sql`SELECT row_id, extracted, source FROM extract_rows
        WHERE job_id = ${job.id} AND row_id = ANY(${`{${ids.join(',')}}`}::uuid[])`,
  );
  const prompt = rows
    .map((row, index) => `Row ${index + 1}: ${JSON.stringify(row.extracted)}\nSource: ${row.source.excerpt}`)
    .join('\n\n');
  const result = await callModel({
    model,
    system: enhanceSystem(schema.columns, job.enhancementContext ?? ''),
    prompt,
    answer: { jsonSchema: enhanceSchema(schema.columns), schema: EnhanceAnswer },
    timeoutMs,
    signal,
  });
  if (!result.ok) return result;
  const answers = new Map<string, CheckedItem>();
  for (const answer of (result.answer as { rows: Array<{ row: number; values: Record<string, unknown> }> })
    .rows) {
    const row = rows[answer.row - 1];
    if (row) answers.set(row.row_id, checkItem(schema.columns, answer.values));
  }
  return { ok: true, answers };
}
