import { createHash } from 'node:crypto';
import type { ResearchDepth } from '../ai/research-depth.ts';
import type { CellPrompt } from '../prompts/cell-prompt.ts';

/** Bumped when what a stored answer means changes, so older answers are no longer found. */
const KEY_VERSION = 1;

/**
 * The tools a research request's model may call first: page reading, web search when it is configured,
 * as far as its agent type's depth goes (steps, results, site).
 */
export interface ResearchScope {
  webSearch: boolean;
  depth: ResearchDepth;
}

/** Where a request goes: the provider (its id in Settings or the environment) and the model. */
export interface RequestTarget {
  providerId: string;
  model: string;
  /** The tools the model may call first (research columns); null for none. */
  research: ResearchScope | null;
}

const hash = (request: unknown) => createHash('sha256').update(JSON.stringify(request)).digest('hex');

/**
 * The answer cache's key for an AI cell's request: a hash of everything the provider is sent, the
 * provider and model, the system text, the rendered prompt, the answer's JSON Schema, the tools, and
 * every other field the cell's prompt carries (few-shot examples, settings): a field added to
 * CellPrompt is part of the key without a change here, so two requests share a key only when the
 * provider would be asked exactly the same thing. Only the function that reads the answer is left out.
 */
export function promptKey(target: RequestTarget, prompt: CellPrompt): string {
  const sent = Object.fromEntries(
    Object.entries(prompt).filter(([name, value]) => name !== 'answer' && typeof value !== 'function'),
  );
  return hash({
    v: KEY_VERSION,
    provider: target.providerId,
    model: target.model,
    // With or without search, and how deep: answers researched differently are different answers.
    tools: target.research,
    schema: prompt.answer.jsonSchema,
    ...sent,
  });
}

/**
 * The key for an enrichment's cell: its steps are rendered one after another from earlier answers, so
 * the request is named by what determines them all: the plan, the row's values and the model (the
 * cell's input hash), the answer's schema and the provider.
 */
export function planKey(target: RequestTarget, inputHash: string, schema: unknown): string {
  return hash({ v: KEY_VERSION, provider: target.providerId, model: target.model, plan: inputHash, schema });
}
