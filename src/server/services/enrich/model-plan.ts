import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { columnResolver } from '../../../contract/ai/references.ts';
import { parseTemplate } from '../../../contract/ai/template.ts';
import { type PlanStep, Strategy } from '../../../contract/enrich.ts';
import type { RowData } from '../../../contract/rows.ts';
import { callModel } from '../ai/call-model.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';

/** What the model is asked to decide; ids, contract and counts are ours. */
const Draft = z.object({
  strategy: Strategy,
  agentProfile: z.string().min(1).max(128),
  reasoning: z.string().min(1).max(2000),
  steps: z
    .array(
      z.object({
        name: z.string().min(1).max(200),
        purpose: z.string().max(1000),
        prompt: z.string().min(1).max(8192),
      }),
    )
    .min(1)
    .max(3),
});
export type Draft = Omit<z.infer<typeof Draft>, 'steps'> & { steps: PlanStep[] };

const DRAFT_SCHEMA = {
  type: 'object',
  properties: {
    strategy: { type: 'string', enum: Strategy.options },
    agentProfile: { type: 'string', description: 'e.g. data-analyst, researcher' },
    reasoning: { type: 'string', description: 'One or two sentences: why this strategy' },
    steps: {
      type: 'array',
      minItems: 1,
      maxItems: 3,
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, purpose: { type: 'string' }, prompt: { type: 'string' } },
        required: ['name', 'purpose', 'prompt'],
        additionalProperties: false,
      },
    },
  },
  required: ['strategy', 'agentProfile', 'reasoning', 'steps'],
  additionalProperties: false,
};

const SYSTEM =
  'You design enrichment plans for a spreadsheet: how an AI agent fills one column, row by row. Answer in JSON that matches the schema.';

function plannerPrompt(
  table: TableMeta,
  target: ColumnMeta,
  options: string[] | null,
  samples: Record<string, unknown>[],
  hint: string | undefined,
): string {
  const columns = table.columns
    .filter((column) => column.id !== target.id)
    .map((column) => `- ${column.name} ("${column.displayName}", ${column.dataType})`);
  return [
    `The table "${table.name}" has these columns:\n${columns.join('\n')}`,
    `The column to fill: ${target.name} ("${target.displayName}"), of type ${target.dataType}${options ? `, allowed values: ${options.join(', ')}` : ''}.`,
    ...(hint ? [`What the user wants: ${hint}`] : []),
    `Sample rows still to fill:\n${samples.map((sample, index) => `${index + 1}. ${JSON.stringify(sample)}`).join('\n') || '(none)'}`,
    [
      'Choose a strategy:',
      "- single-pass-lookup: the value follows from the row's own values in one step;",
      '- single-pass-classify: the value is one (or several) of the allowed values, picked in one step;',
      '- research-and-synthesize: the value needs facts from outside the row: research first (web search when available), then condense the findings.',
      'Write one step for a single-pass strategy and two or three for research. A step prompt may name row columns as {column_name} and the notes of an earlier step as {step-1}, {step-2}. The last step answers with the cell value. Name an agent profile (data-analyst, researcher, ...) and explain the choice in one or two sentences.',
    ].join('\n'),
  ].join('\n\n');
}

/**
 * A step prompt the engine can render: references to unknown columns or to later steps become plain
 * text, and stray braces are escaped, so whatever the model wrote runs.
 */
export function runnablePrompt(prompt: string, columns: ColumnMeta[], earlierSteps: string[]): string {
  const steps = new Set(earlierSteps);
  const resolve = columnResolver(columns);
  const known = (name: string) => steps.has(name) || resolve(name) !== undefined;
  const escaped = (text: string) => text.replaceAll('{', '{{').replaceAll('}', '}}');
  const parsed = parseTemplate(prompt);
  if (parsed.errors.length > 0) return escaped(prompt);
  return parsed.parts
    .map((part) =>
      'text' in part ? escaped(part.text) : known(part.column) ? `{${part.column}}` : part.column,
    )
    .join('');
}

/** Asks the model for a plan; throws a readable error when it cannot (no provider, a failed call). */
export async function modelPlan(
  model: LanguageModel,
  timeoutMs: number,
  context: {
    table: TableMeta;
    target: ColumnMeta;
    options: string[] | null;
    samples: RowData[];
    hint: string | undefined;
  },
): Promise<Draft> {
  const { table, target } = context;
  const result = await callModel({
    model,
    system: SYSTEM,
    prompt: plannerPrompt(table, target, context.options, context.samples, context.hint),
    answer: { jsonSchema: DRAFT_SCHEMA, schema: Draft },
    timeoutMs,
  });
  if (!result.ok) throw new Error(result.error);
  const draft = result.answer as z.infer<typeof Draft>;
  const columns = table.columns.filter((column) => column.id !== target.id);
  return {
    ...draft,
    steps: draft.steps.map((step, index) => ({
      id: `step-${index + 1}`,
      name: step.name,
      purpose: step.purpose,
      prompt: runnablePrompt(
        step.prompt,
        columns,
        Array.from({ length: index }, (_, earlier) => `step-${earlier + 1}`),
      ),
    })),
  };
}
