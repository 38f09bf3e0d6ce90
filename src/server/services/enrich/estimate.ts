import type { Estimate } from '../../../contract/enrich.ts';
import type { RowData } from '../../../contract/rows.ts';
import { type PriceTable, roundUsd } from '../ai/price-book.ts';
import { answerTokens, CHARS_PER_TOKEN, tokens } from '../ai/token-guess.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { planPrompt, type StoredPlan } from './plan-prompts.ts';

/** Notes a gathering step writes, and what a research step's searches and pages add to its input. */
const NOTES_TOKENS = 150;
const RESEARCH_NOTES_TOKENS = 350;
const RESEARCH_READ_TOKENS = 3_000;
/** A research step searches and reads a page before it answers: three calls where search is set up. */
const RESEARCH_CALLS = 3;

/**
 * Calls and tokens an enrichment will likely take, from its prompts rendered for the sample rows
 * (earlier steps' notes stood in by text of their typical length), scaled to the eligible rows; the
 * cost when the model's price is known. An estimate, said as such in the UI.
 */
export function estimateRun(
  plan: StoredPlan,
  context: { table: TableMeta; target: ColumnMeta; samples: RowData[]; eligible: number },
  model: string | null,
  webSearch: boolean,
  prices: PriceTable,
): Estimate {
  const costUsd = (tokensIn: number, tokensOut: number) => {
    const cost = prices.costUsd(model, tokensIn, tokensOut);
    return cost === null ? null : roundUsd(cost);
  };
  const { table, target, samples, eligible } = context;
  if (eligible === 0 || samples.length === 0) {
    return { calls: 0, tokensIn: 0, tokensOut: 0, model, costUsd: costUsd(0, 0) };
  }
  let tokensIn = 0;
  let tokensOut = 0;
  let calls = 0;
  for (const data of samples) {
    const prompt = planPrompt(plan, table, target, data);
    const outputs = new Map<string, string>();
    const schema = tokens(JSON.stringify(prompt.answer.jsonSchema));
    for (const step of prompt.earlier) {
      const notes = step.research ? RESEARCH_NOTES_TOKENS : NOTES_TOKENS;
      const searching = step.research && webSearch;
      tokensIn +=
        tokens(prompt.system) + tokens(step.render(outputs)) + (searching ? RESEARCH_READ_TOKENS : 0);
      tokensOut += notes;
      calls += searching ? RESEARCH_CALLS : 1;
      outputs.set(step.id, 'x'.repeat(notes * CHARS_PER_TOKEN));
    }
    tokensIn += tokens(prompt.system) + tokens(prompt.final.render(outputs)) + schema;
    tokensOut += answerTokens(target.dataType);
    calls += 1;
  }
  const scale = eligible / samples.length;
  const estimate = {
    calls: Math.round(calls * scale),
    tokensIn: Math.round(tokensIn * scale),
    tokensOut: Math.round(tokensOut * scale),
  };
  return { ...estimate, model, costUsd: costUsd(estimate.tokensIn, estimate.tokensOut) };
}
