import { formatOf } from '../../../contract/ai/formats.ts';
import { examplesPerCall } from '../../../contract/ai/learning.ts';
import { isAiColumn } from '../../../contract/column-of.ts';
import type {
  EvaluateInput,
  EvaluateResult,
  EvaluateVariant,
  EvaluationItem,
  VariantResult,
} from '../../../contract/evaluate.ts';
import { EvaluateInput as EvaluateInputSchema } from '../../../contract/evaluate.ts';
import { callModel } from '../ai/call-model.ts';
import { languageModel } from '../ai/language-model.ts';
import type { Providers } from '../ai/providers.ts';
import { aiColumnErrors } from '../engine/ai-columns.ts';
import { cellPrompt } from '../prompts/cell-prompt.ts';
import { ValidationError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import type { AiColumnMeta, ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { agreement } from './agreement.ts';
import { chooserOver } from './choose-examples.ts';
import { confusionOf } from './confusion.ts';
import { withExamples } from './examples-prompt.ts';
import { judgeText } from './judge.ts';
import { inputTexts, type VerifiedRow, verifiedRows } from './verified-rows.ts';

/** What a model's tokens cost, in US dollars (null when unknown): the price book's by default. */
export interface PriceList {
  costUsd(model: string | null, tokensIn: number, tokensOut: number): number | null;
}

/** Calls at once per variant, at most: a provider's own concurrency when lower. */
const MAX_PARALLEL = 8;

interface Options {
  timeoutMs: number;
  prices?: PriceList;
}

type Scored = EvaluationItem & { tokensIn: number; tokensOut: number; judgeTokens: number };

/**
 * Runs a column's settings, or up to three variants of them, on its verified cells only, and scores
 * each against the people's answers. Nothing is written: cells, rows and runs stay as they are.
 */
export async function evaluateColumn(
  store: Store,
  providers: Providers,
  table: TableMeta,
  column: ColumnMeta,
  given: EvaluateInput,
  options: Options,
): Promise<EvaluateResult> {
  const input = EvaluateInputSchema.parse(given);
  if (!isAiColumn(column)) {
    throw new ValidationError('Only AI columns can be evaluated', [
      { path: 'column', message: `${column.name} is a ${column.dataType} column` },
    ]);
  }
  if (column.config.agentType === 'research') {
    throw new ValidationError('Research columns cannot be evaluated yet', [
      { path: 'column', message: 'Their answers depend on the web pages read at the time' },
    ]);
  }
  const verified = await verifiedRows(store.db, table, column);
  const variants = input.variants && input.variants.length > 0 ? input.variants : [{}];
  const prepared = await Promise.all(
    variants.map((variant, index) =>
      prepareVariant(providers, table, column, variant, index, verified.length),
    ),
  );
  const priced = { ...options, prices: options.prices ?? (await providers.prices.table()) };
  const results: VariantResult[] = [];
  for (const variant of prepared) {
    results.push(
      await runVariant(table, variant, verified, verified.slice(0, input.limit), input.tolerance, priced),
    );
  }
  return { column: column.name, verified: verified.length, variants: results };
}

type Prepared = Awaited<ReturnType<typeof prepareVariant>>;

/** A variant as a column of its own (the column with the variant's settings), checked and resolved. */
async function prepareVariant(
  providers: Providers,
  table: TableMeta,
  column: AiColumnMeta,
  variant: EvaluateVariant,
  index: number,
  verifiedCount: number,
) {
  const config = {
    ...column.config,
    ...(variant.prompt !== undefined && { prompt: variant.prompt }),
    ...(variant.model !== undefined && { model: variant.model }),
    ...(variant.provider !== undefined && { provider: variant.provider }),
  };
  const draft: AiColumnMeta = { ...column, config };
  const columns = table.columns.map((other) => (other.id === column.id ? draft : other));
  const path = `variants.${index}`;
  const errors = aiColumnErrors(columns, (name) => (name === column.name ? path : `columns.${name}`));
  if (errors.length > 0) throw new ValidationError('Invalid variant', errors);
  const resolved = await providers.resolve(config);
  if ('error' in resolved) {
    throw new ValidationError(resolved.error, [{ path: `${path}.provider`, message: resolved.error }]);
  }
  return {
    draft,
    columns,
    resolved,
    model: languageModel(resolved.provider, resolved.model),
    examples: variant.examples ?? examplesPerCall(column.config, verifiedCount),
  };
}

async function runVariant(
  table: TableMeta,
  variant: Prepared,
  verified: VerifiedRow[],
  evaluated: VerifiedRow[],
  tolerance: number,
  options: Options,
): Promise<VariantResult> {
  const { draft, columns, resolved, model } = variant;
  const format = formatOf(draft.config);
  const choose = chooserOver(table, draft, verified, variant.examples);
  const scoreOne = async (row: VerifiedRow): Promise<Scored> => {
    const plain = cellPrompt(draft, columns, row.data);
    const examples = choose(row.rowId, row.data);
    const prompt = withExamples(plain, examples, draft);
    const result = await callModel({
      model,
      system: prompt.system,
      prompt: prompt.prompt,
      answer: prompt.answer,
      timeoutMs: options.timeoutMs,
    });
    const base = {
      rowId: row.rowId,
      inputs: inputTexts(draft, columns, row.data),
      expected: row.value,
      examples: examples.length,
      latencyMs: result.latencyMs,
      judgeTokens: 0,
    };
    if (!result.ok) {
      return {
        ...base,
        answer: null,
        agreed: false,
        reason: null,
        error: result.error,
        tokensIn: 0,
        tokensOut: 0,
      };
    }
    const answer = prompt.read(result.answer).value;
    const tokens = { tokensIn: result.tokensIn ?? 0, tokensOut: result.tokensOut ?? 0 };
    const agreed = agreement(format, row.value, answer, tolerance);
    if ('agreed' in agreed)
      return { ...base, ...tokens, answer, agreed: agreed.agreed, reason: null, error: null };
    const judged = await judgeText(model, plain.prompt, row.value, answer, options.timeoutMs);
    return {
      ...base,
      ...tokens,
      answer,
      agreed: judged.agreed,
      reason: judged.reason,
      error: null,
      judgeTokens: judged.tokens,
    };
  };
  const scored = await inParallel(evaluated, Math.min(MAX_PARALLEL, resolved.provider.concurrency), scoreOne);
  const sum = (pick: (item: Scored) => number) => scored.reduce((total, item) => total + pick(item), 0);
  const tokensIn = sum((item) => item.tokensIn);
  const tokensOut = sum((item) => item.tokensOut);
  const agreed = scored.filter((item) => item.agreed).length;
  // Priced at 1,000 rows' worth of the average row's tokens: rounding a few cents' cost first would lose it.
  const perRow = (tokens: number) => (scored.length === 0 ? 0 : (tokens / scored.length) * 1000);
  const costPer1000 = options.prices?.costUsd(resolved.model, perRow(tokensIn), perRow(tokensOut)) ?? null;
  const latencies = scored.map((item) => item.latencyMs).sort((a, b) => a - b);
  const quantile = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    settings: {
      prompt:
        draft.config.kind === 'criterion_grade'
          ? (draft.config.criterion ?? '')
          : (draft.config.prompt ?? ''),
      provider: draft.config.provider ?? null,
      model: resolved.model,
      examples: variant.examples,
    },
    accuracy: scored.length === 0 ? null : agreed / scored.length,
    evaluated: scored.length,
    agreed,
    failed: scored.filter((item) => item.error !== null).length,
    ...(format === 'label' && { confusion: confusionOf(draft.config.labels ?? [], scored) }),
    tokens: tokensIn + tokensOut,
    tokensIn,
    tokensOut,
    judgeTokens: sum((item) => item.judgeTokens),
    costPer1000: scored.length === 0 ? null : costPer1000,
    latencyMs: { median: quantile(0.5), p90: quantile(0.9) },
    items: scored.map(({ tokensIn: _in, tokensOut: _out, judgeTokens: _judge, ...item }) => item),
  };
}

/** Maps items through `work` with at most `limit` at a time, keeping their order. */
async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
