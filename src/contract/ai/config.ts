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

/**
 * agent (a prompt) and criterion_grade are columns people define; the company_* kinds are a company
 * table's system columns (company_profile identifies the company from the input; company_name and
 * company_website are read from that profile); company_people_finder finds people and writes them as
 * child rows of a linked people table; the contact kinds ask a contact provider, never a model.
 */
export const AiKind = z.enum([
  'agent',
  'criterion_grade',
  'company_profile',
  'company_name',
  'company_website',
  'company_people_finder',
  'email_finder',
  'phone_finder',
  'reverse_email_lookup',
]);
export type AiKind = z.infer<typeof AiKind>;

/**
 * Kinds with behaviour of their own (company, people finder, contact columns): set up by the server or
 * at creation, not by a prompt a person writes.
 */
export const isOwnKind = (kind: AiKind | undefined): boolean =>
  kind !== undefined && kind !== 'agent' && kind !== 'criterion_grade';

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

/** The fields of an AI column's config; the ai type's settings (data-types/ai.ts), and the MCP tool's. */
export const AiConfigFields = {
  kind: AiKind.optional().describe(
    'ai: agent (a prompt), criterion_grade (a 1-5 grade and a reason), or a company, people finder or contact kind',
  ),
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
  roles: z
    .array(z.string().min(1).max(200))
    .min(1)
    .max(50)
    .optional()
    .describe('ai company_people_finder: the roles to look for (e.g. "CEO", "Head of Sales")'),
  maxResults: z
    .number()
    .int()
    .min(1)
    .max(50)
    .optional()
    .describe('ai company_people_finder: at most this many people per company (default 5)'),
  peopleTableId: z
    .string()
    .optional()
    .describe(
      'ai company_people_finder: the people table its rows go to (created by the server when absent)',
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
  cache: z
    .boolean()
    .optional()
    .describe(
      'ai: answer a request identical to an earlier one (same prompt, examples, model, format) from the answer cache instead of the provider (default true); false for answers meant to vary',
    ),
};

/** An AI column's config as its format and kind read it. */
export type AiConfig = z.infer<z.ZodObject<typeof AiConfigFields>>;
