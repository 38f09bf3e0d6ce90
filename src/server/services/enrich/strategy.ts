import type { PlanStep, Strategy } from '../../../contract/enrich.ts';
import type { ColumnMeta } from '../store/table-meta.ts';
import { enrichOf } from './target.ts';

/** Words that say a value must be found out rather than read off the row. */
const RESEARCH_WORDS =
  /\b(research|look ?up|search|find|website|web ?site|homepage|linkedin|twitter|headquarter|hq|founded|founder|ceo|funding|revenue|employees|headcount|latest|news|address|phone|contact|domain)\b/i;

/** Agent profiles by strategy, when the request names none. */
export const DEFAULT_PROFILES: Record<Strategy, string> = {
  'single-pass-classify': 'data-analyst',
  'single-pass-lookup': 'data-analyst',
  'research-and-synthesize': 'researcher',
};

/** How each profile is told to act: the system prompt's first sentence. Unknown profiles act as named. */
const PERSONAS: Record<string, string> = {
  'data-analyst': 'You are a careful data analyst.',
  researcher: 'You are a meticulous researcher who checks facts before stating them.',
  copywriter: 'You are a concise copywriter.',
  'sales-researcher': 'You are a sales researcher who qualifies companies and people.',
};

export function persona(profile: string): string {
  return PERSONAS[profile] ?? `You act as a ${profile.replaceAll('-', ' ')}.`;
}

/**
 * The strategy a target and a request call for, without a model: labels to pick are a classification;
 * values that must be found (a website, an email, a founding year, anything the prompt asks to look up)
 * are researched first; the rest is read off the row in one pass.
 */
export function inferStrategy(target: ColumnMeta, prompt: string | undefined): Strategy {
  const entry = enrichOf(target);
  if (entry?.classify) return 'single-pass-classify';
  const text = `${prompt ?? ''} ${target.name.replaceAll('_', ' ')} ${target.displayName}`;
  if (entry?.research || RESEARCH_WORDS.test(text)) return 'research-and-synthesize';
  return 'single-pass-lookup';
}

/** Why the rules chose this strategy, in a sentence. */
export function strategyReason(strategy: Strategy, target: ColumnMeta): string {
  switch (strategy) {
    case 'single-pass-classify':
      return `"${target.displayName}" takes one of a fixed set of answers, so each row is classified in a single pass.`;
    case 'research-and-synthesize':
      return `"${target.displayName}" asks for facts that are rarely in the row itself, so each row is researched first and the findings are then condensed into the value.`;
    case 'single-pass-lookup':
      return `"${target.displayName}" can be worked out from the row's own values, so each row takes a single pass.`;
  }
}

/** The steps of a strategy around one instruction: the user's prompt, or one written for the target. */
export function strategySteps(strategy: Strategy, target: ColumnMeta, instruction: string): PlanStep[] {
  const label = target.displayName;
  if (strategy === 'research-and-synthesize') {
    return [
      {
        id: 'step-1',
        name: 'Research',
        purpose: `Gather the facts needed for ${label} about the entity in this row`,
        prompt: `${instruction}\n\nFirst gather the facts that answer this: search the web when you can, and note each fact with where it came from.`,
      },
      {
        id: 'step-2',
        name: `Synthesize ${label}`,
        purpose: `Condense the research into the ${label} value`,
        prompt: `${instruction}\n\nUse the research notes below; when they do not settle it, answer null.\n\nResearch notes:\n{step-1}`,
      },
    ];
  }
  const classify = strategy === 'single-pass-classify';
  return [
    {
      id: 'step-1',
      name: `${classify ? 'Classify' : 'Fill'} ${label}`,
      purpose: classify
        ? `Assign one of the allowed ${label} values to each row`
        : `Work out ${label} for each row`,
      prompt: instruction,
    },
  ];
}

/** The instruction written for a target when the request gives none. */
export function defaultInstruction(target: ColumnMeta, options: string[] | null): string {
  const label = target.displayName;
  return enrichOf(target)?.instruction?.(label, options) ?? `Determine the ${label} for this row.`;
}
