import type { ExtractEstimate, ExtractEstimateInput } from '../../../contract/extract.ts';
import type { ExtractConfig } from '../../config.ts';
import { roundUsd } from '../ai/price-book.ts';
import type { Providers } from '../ai/providers.ts';
import { tokens } from '../ai/token-guess.ts';
import type { Store } from '../store/store.ts';
import { chunkUnits } from './chunk.ts';
import { jobSources } from './jobs.ts';
import { readSources, whyNothing } from './prepare-job.ts';
import { extractPrompt, extractSystem, itemsSchema } from './prompt.ts';

/**
 * An extraction's answer restates part of what it read (values and a short excerpt per item): about
 * half the tokens of the text is a fair guess for catalogues and lists, and said to be an estimate.
 */
const ANSWER_SHARE = 0.5;
/** An image's tokens, in and out: a page-sized image at high detail is about 1,000 (OpenAI's tiling). */
const IMAGE_TOKENS_IN = 1000;
const IMAGE_TOKENS_OUT = 500;

/**
 * What an extraction would take, before it is created: the sources read exactly as the job will read
 * them (downloads included), cut into the same chunks, and the prompts those chunks make, counted.
 * Nothing is stored and no model is called.
 */
export async function estimateExtraction(
  store: Store,
  providers: Providers,
  config: ExtractConfig,
  input: ExtractEstimateInput,
): Promise<ExtractEstimate> {
  const { source, files: listed } = await jobSources(store, input);
  const { units, images, files } = await readSources(config, source, listed);
  const chunks = chunkUnits(units, { maxChars: config.chunkChars, overlapChars: config.overlapChars });
  const resolved = await providers.resolve({ model: input.model });
  const model = 'error' in resolved ? null : resolved.model;
  const fixed =
    tokens(extractSystem('', input.columns, input.additional_context ?? null)) +
    tokens(JSON.stringify(itemsSchema(input.columns)));
  let tokensIn = 0;
  let tokensOut = 0;
  for (const chunk of chunks) {
    tokensIn += fixed + tokens(extractPrompt(chunk.text));
    tokensOut += Math.round(tokens(chunk.text) * ANSWER_SHARE);
  }
  tokensIn += images.length * (fixed + IMAGE_TOKENS_IN);
  tokensOut += images.length * IMAGE_TOKENS_OUT;
  const priced = (await providers.prices.table()).costUsd(model, tokensIn, tokensOut);
  return {
    files,
    pages: files.reduce((sum, file) => sum + (file.pages ?? 0), 0),
    characters: units.reduce((sum, unit) => sum + unit.text.length, 0),
    chunks: chunks.length,
    calls: chunks.length + images.length,
    tokens_in: tokensIn,
    tokens_out: tokensOut,
    model,
    cost_usd: priced === null ? null : roundUsd(priced),
    error: whyNothing('error' in resolved ? resolved.error : undefined, chunks.length + images.length, files),
  };
}
