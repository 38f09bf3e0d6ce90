import { z } from 'zod';

/** The Extruct output formats an AI column can produce (`numeric` and `select` are accepted as aliases). */
export const OutputFormat = z.enum([
  'text',
  'url',
  'number',
  'email',
  'label',
  'multiselect',
  'json',
  'grade',
  'money',
  'date',
  'phone',
]);
export type OutputFormat = z.infer<typeof OutputFormat>;

export const AiKind = z.enum(['agent', 'criterion_grade']);
export type AiKind = z.infer<typeof AiKind>;

/**
 * `llm` answers from the model alone; the others search and read the web first (Extruct's agent types):
 * `research`, `research_pro` (more searches and pages), `research_reasoning` (as deep, on the reasoning
 * model when one is configured) and `linkedin` (searches within linkedin.com).
 */
export const AgentType = z.enum(['llm', 'research', 'research_pro', 'research_reasoning', 'linkedin']);
export type AgentType = z.infer<typeof AgentType>;

/** Whether an agent type searches the web before it answers. */
export const isResearchAgent = (agentType: AgentType | undefined): boolean =>
  agentType !== undefined && agentType !== 'llm';

/** Most verified examples one call may be sent. */
export const MAX_EXAMPLES = 10;

const aliases: Record<string, OutputFormat> = { numeric: 'number', select: 'label' };

/** The fields of an AI column's config; the ai type's settings (data-types/column-config.ts). */
export const AiConfigFields = {
  kind: AiKind.optional().describe('ai: agent (a prompt) or criterion_grade (a 1-5 grade and a reason)'),
  prompt: z
    .string()
    .max(8192)
    .optional()
    .describe(
      'ai agent: the prompt; {column_name} inserts that column of the row, {{ and }} are literal braces',
    ),
  outputFormat: z
    .preprocess((value) => (typeof value === 'string' ? (aliases[value] ?? value) : value), OutputFormat)
    .optional()
    .describe('ai agent: the shape of each answer (default text)'),
  labels: z
    .array(z.string().min(1).max(256))
    .max(500)
    .optional()
    .describe('ai agent with outputFormat label or multiselect: the allowed answers'),
  outputSchema: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('ai agent with outputFormat json: a JSON Schema the answer must match'),
  agentType: AgentType.optional().describe(
    'ai agent: llm (default), or research, research_pro, research_reasoning, linkedin (web search first, when configured)',
  ),
  criterion: z.string().max(2000).optional().describe('ai criterion_grade: what each row is graded against'),
  unavailable: z
    .string()
    .max(500)
    .optional()
    .describe(
      'ai: why this server cannot compute the column (a /v1 kind it does not have yet); its cells fail with this reason and no model is called',
    ),
  provider: z
    .string()
    .max(64)
    .optional()
    .describe('ai: provider id from Settings (default: the first configured)'),
  model: z
    .string()
    .max(200)
    .optional()
    .describe('ai: model name (default: AI_TABLES_MODEL or the provider default)'),
  autoRun: z.boolean().optional().describe('ai: run automatically for new rows and rows whose inputs change'),
  examples: z
    .number()
    .int()
    .min(0)
    .max(MAX_EXAMPLES)
    .optional()
    .describe(
      'ai: learn from verified cells: how many verified examples each call gets, the most similar to its row; 0 turns learning off; absent: 3 once the column has three verified cells',
    ),
};
