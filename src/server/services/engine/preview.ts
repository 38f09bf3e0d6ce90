import { sql } from 'drizzle-orm';
import { isOwnKind, isResearchAgent } from '../../../contract/ai/config.ts';
import type { PreviewInput, PreviewResult } from '../../../contract/preview.ts';
import { queryRows } from '../../db/database.ts';
import { callModel } from '../ai/call-model.ts';
import { languageModel } from '../ai/language-model.ts';
import type { Providers } from '../ai/providers.ts';
import { researchDepth } from '../ai/research-depth.ts';
import { researchTools } from '../ai/research-tools.ts';
import { cellPrompt } from '../prompts/cell-prompt.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import { ValidationError } from '../store/errors.ts';
import { isUuid } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import type { AiColumnMeta, ColumnMeta } from '../store/table-meta.ts';
import { aiColumnErrors } from './ai-columns.ts';
import { type CellAnswerer, NO_ADDITIONS, promptAdditions } from './cell-answerers.ts';
import { researchNote } from './research-note.ts';

const PREVIEW_NAME = '__preview__';

/**
 * Runs an AI column's draft settings on up to three rows and returns what it would write, saving
 * nothing: the prompt as sent, the value or the error, the raw answer. Calls go straight to the
 * provider (no queue), so a person editing a prompt sees answers in seconds.
 */
export async function previewColumn(
  store: Store,
  providers: Providers,
  tableId: string,
  input: PreviewInput,
  options: { timeoutMs: number; searxngUrl: string | undefined; answerers: CellAnswerer[] },
): Promise<PreviewResult[]> {
  const table = await store.tables.get(tableId);
  const name = input.name ?? PREVIEW_NAME;
  const existing = table.columns.find((column) => column.name === name);
  const draft: AiColumnMeta = {
    ...(existing ?? table.columns[0] ?? ({} as ColumnMeta)),
    id: existing?.id ?? PREVIEW_NAME,
    name,
    displayName: existing?.displayName ?? name,
    dataType: 'ai',
    config: input.config,
  };
  const columns = existing
    ? table.columns.map((column) => (column.id === existing.id ? draft : column))
    : [...table.columns, draft];
  const errors = aiColumnErrors(columns, (column) => (column === name ? 'config' : `columns.${column}`));
  if (errors.length > 0) throw new ValidationError('Invalid AI column', errors);
  // Company, people finder and contact columns are no prompt: a model asked in their stead would make
  // up what only their run finds (an email address).
  if (isOwnKind(input.config.kind)) {
    const message = 'Only prompt and criterion columns are previewed: run this column on a row instead';
    throw new ValidationError(message, [{ path: 'config.kind', message }]);
  }
  const research = isResearchAgent(input.config.agentType);
  const depth = researchDepth(input.config.agentType);
  // As a run would: without a search tool a research draft reads pages only, and says so.
  const withoutSearch = research && !options.searxngUrl;
  const resolved = await providers.resolve(input.config);
  if ('error' in resolved)
    throw new ValidationError(resolved.error, [{ path: 'config.provider', message: resolved.error }]);
  const ids = input.rowIds?.filter(isUuid);
  const stored = await queryRows<StoredRow>(
    store.db,
    ids
      ? sql`SELECT ${sql.raw(selectList(table.columns))} FROM ${sql.raw(`"${table.storageName}"`)} WHERE id = ANY(${`{${ids.join(',')}}`}::uuid[]) ORDER BY id`
      : sql`SELECT ${sql.raw(selectList(table.columns))} FROM ${sql.raw(`"${table.storageName}"`)} ORDER BY id LIMIT 3`,
  );
  const model = languageModel(resolved.provider, resolved.model);
  // A saved column's preview learns as its runs would: its verified cells, by the draft's setting.
  const additions = existing
    ? await promptAdditions(options.answerers, store.db, table, draft)
    : NO_ADDITIONS;
  return Promise.all(
    stored.map(async (storedRow) => {
      const row = decodeRow(table.id, table.columns, storedRow);
      const prompt = additions(row.id, row.data, cellPrompt(draft, columns, row.data));
      const visited = new Set<string>();
      const tools = research
        ? { set: researchTools(options.searxngUrl, visited, undefined, depth), maxSteps: depth.maxSteps }
        : undefined;
      const result = await callModel({
        model,
        system: prompt.system,
        prompt: prompt.prompt,
        answer: prompt.answer,
        timeoutMs: options.timeoutMs,
        tools,
      });
      const read = result.ok ? prompt.read(result.answer) : undefined;
      return {
        rowId: row.id,
        prompt: prompt.prompt,
        value: read?.value ?? null,
        note: researchNote(read?.note ?? null, [...visited], withoutSearch && result.ok),
        error: result.ok ? null : result.error,
        raw: result.ok ? result.raw : (result.raw ?? null),
        model: resolved.model,
        latencyMs: result.latencyMs,
      };
    }),
  );
}
