import { sql } from 'drizzle-orm';
import { formatOf } from '../../../contract/ai/formats.ts';
import type { RunEstimate, RunInput } from '../../../contract/runs.ts';
import { queryRows } from '../../db/database.ts';
import { roundUsd } from '../ai/price-book.ts';
import type { Providers } from '../ai/providers.ts';
import { answerTokens, tokens } from '../ai/token-guess.ts';
import { cellPrompt } from '../prompts/cell-prompt.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import type { Store } from '../store/store.ts';
import { answerCacheOf } from './answer-cache.ts';
import { type CellAnswerer, promptAdditions } from './cell-answerers.ts';
import { researchScope } from './prepared-cell.ts';
import { candidateCells } from './queue-cells.ts';
import { promptKey } from './request-key.ts';
import { columnQueue, runScope } from './runs.ts';

/**
 * Rows whose prompts are rendered, per column, to find which the answer cache answers and to size the
 * calls: every row up to this many; beyond it the rest are taken to be like them (scaled).
 */
const RENDERED_ROWS = 20_000;

/**
 * What a run would cost before it starts: the cells it would queue (the same SQL), those that would
 * wait for input, those the answer cache would answer (asked before, or asked by another cell of this
 * run: the same request is paid once), and the tokens and cost of the calls left, from their rendered
 * prompts. Nothing is queued or called.
 */
export async function estimateRunInput(
  store: Store,
  providers: Providers,
  tableId: string,
  given: RunInput,
  options: { webSearch: boolean; answerers: CellAnswerer[] },
): Promise<RunEstimate> {
  const scope = await runScope(store, providers, tableId, given);
  const { table } = scope;
  const prices = await providers.prices.table();
  const cache = answerCacheOf(store);
  const asked = new Set<string>();
  const sum = { calls: 0, reused: 0, waiting: 0, tokensIn: 0, tokensOut: 0 };
  let cost: number | null = 0;
  const models = new Set<string>();
  for (const column of scope.columns) {
    const queue = columnQueue(scope, column, null);
    const waits = queue.waitWhen ?? sql`FALSE`;
    const [counts] = await queryRows<{ n: number; waiting: number }>(
      store.db,
      sql`SELECT count(*) FILTER (WHERE NOT (${waits}))::int AS n, count(*) FILTER (WHERE ${waits})::int AS waiting
          ${candidateCells(queue)}`,
    );
    const n = counts?.n ?? 0;
    sum.waiting += counts?.waiting ?? 0;
    if (n === 0) continue;
    const resolved = await providers.resolve(column.config);
    if ('error' in resolved) continue;
    models.add(resolved.model);
    const rows = await queryRows<StoredRow>(
      store.db,
      sql`SELECT ${sql.raw(selectList(table.columns, 'r'))} ${candidateCells(queue)} AND NOT (${waits}) LIMIT ${RENDERED_ROWS}`,
    );
    // The key a run's call would have (prepared-cell.ts), so the cache counts what a run would reuse.
    const target = {
      providerId: resolved.provider.id,
      model: resolved.model,
      research: researchScope(column.config, options.webSearch),
    };
    // What the answerers add to each call (learning's verified examples) is part of its request, so of its key.
    const additions = await promptAdditions(options.answerers, store.db, table, column);
    const prompts = rows.map((stored) => {
      const row = decodeRow(table.id, table.columns, stored);
      const prompt = additions(row.id, row.data, cellPrompt(column, table.columns, row.data));
      return {
        key: column.config.cache === false ? null : promptKey(target, prompt),
        tokens:
          tokens(prompt.system) + tokens(prompt.prompt) + tokens(JSON.stringify(prompt.answer.jsonSchema)),
      };
    });
    const stored = await cache.has(prompts.flatMap((prompt) => (prompt.key ? [prompt.key] : [])));
    let calls = 0;
    let columnIn = 0;
    for (const prompt of prompts) {
      if (prompt.key && (stored.has(prompt.key) || asked.has(prompt.key))) continue;
      if (prompt.key) asked.add(prompt.key);
      calls++;
      columnIn += prompt.tokens;
    }
    const scale = n / Math.max(1, rows.length);
    const columnCalls = Math.round(calls * scale);
    const tokensIn = Math.round(columnIn * scale);
    const tokensOut =
      answerTokens(column.config.kind === 'criterion_grade' ? 'text' : formatOf(column.config)) * columnCalls;
    const price = prices.costUsd(resolved.model, tokensIn, tokensOut);
    cost = cost === null || price === null ? null : cost + price;
    sum.calls += columnCalls;
    sum.reused += n - columnCalls;
    sum.tokensIn += tokensIn;
    sum.tokensOut += tokensOut;
  }
  return {
    calls: sum.calls,
    answersReused: sum.reused,
    cellsWaiting: sum.waiting,
    tokensIn: sum.tokensIn,
    tokensOut: sum.tokensOut,
    model: models.size === 1 ? ([...models][0] ?? null) : null,
    costUsd: sum.calls === 0 ? 0 : cost === null ? null : roundUsd(cost),
  };
}
