import { sql } from 'drizzle-orm';
import { formatOf } from '../../../contract/ai/formats.ts';
import type { RunEstimate, RunInput } from '../../../contract/runs.ts';
import { queryRows } from '../../db/database.ts';
import type { Providers } from '../ai/providers.ts';
import { answerTokens, tokens } from '../enrich/estimate.ts';
import { costUsd } from '../enrich/prices.ts';
import { decodeRow, type StoredRow, selectList } from '../row-codec.ts';
import type { Store } from '../store.ts';
import { cellPrompt } from './cell-prompt.ts';
import { candidateCells } from './queue-cells.ts';
import { columnQueue, runScope } from './runs.ts';

/** Rows whose prompts are rendered to size the others: enough for an average, cheap to build. */
const SAMPLES = 5;

/**
 * What a run would cost before it starts: the cells it would call (the same cells it would queue),
 * those that would wait for input, and tokens from prompts rendered for a few of its rows, scaled; the
 * cost when every model's price is known. Nothing is queued or called.
 */
export async function estimateRunInput(
  store: Store,
  providers: Providers,
  tableId: string,
  given: RunInput,
): Promise<RunEstimate> {
  const scope = await runScope(store, providers, tableId, given);
  const { table } = scope;
  let calls = 0;
  let waiting = 0;
  let tokensIn = 0;
  let tokensOut = 0;
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
    waiting += counts?.waiting ?? 0;
    if (n === 0) continue;
    const samples = await queryRows<StoredRow>(
      store.db,
      sql`SELECT ${sql.raw(selectList(table.columns, 'r'))} ${candidateCells(queue)} AND NOT (${waits}) LIMIT ${SAMPLES}`,
    );
    let sampleIn = 0;
    for (const stored of samples) {
      const prompt = cellPrompt(column, table.columns, decodeRow(table.id, table.columns, stored).data);
      sampleIn +=
        tokens(prompt.system) + tokens(prompt.prompt) + tokens(JSON.stringify(prompt.answer.jsonSchema));
    }
    const columnIn = Math.round((sampleIn / Math.max(1, samples.length)) * n);
    const columnOut =
      answerTokens(column.config.kind === 'criterion_grade' ? 'text' : formatOf(column.config)) * n;
    const resolved = await providers.resolve(column.config);
    const model = 'error' in resolved ? null : resolved.model;
    if (model) models.add(model);
    const price = costUsd(model, columnIn, columnOut);
    cost = cost === null || price === null ? null : cost + price;
    calls += n;
    tokensIn += columnIn;
    tokensOut += columnOut;
  }
  return {
    calls,
    cellsWaiting: waiting,
    tokensIn,
    tokensOut,
    model: models.size === 1 ? ([...models][0] ?? null) : null,
    costUsd: calls === 0 ? 0 : cost === null ? null : Math.round(cost * 10_000) / 10_000,
  };
}
