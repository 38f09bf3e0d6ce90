import { z } from 'zod';

/**
 * Extruct's column configs (000_… CreateTableInput.column_configs), one schema per kind. Fields keep
 * Extruct's names; defaults are not written in, so what a client sent is what GET echoes back (the
 * mapping applies them: see src/server/http/v1/kinds/).
 */
const Named = { name: z.string().min(1).max(128), key: z.string().min(1).max(64) };

export const V1AgentType = z.enum(['research', 'research_pro', 'research_reasoning', 'llm', 'linkedin']);
export type V1AgentType = z.infer<typeof V1AgentType>;

export const V1OutputFormat = z.enum([
  'text',
  'url',
  'number',
  'email',
  'label',
  'json',
  'grade',
  'people',
  'numeric',
  'money',
  'date',
  'phone',
  'select',
  'multiselect',
]);
export type V1OutputFormat = z.infer<typeof V1OutputFormat>;

export const V1AgentValue = z.object({
  agent_type: V1AgentType.optional().describe('Default research_pro'),
  prompt: z.string().max(8192).optional().describe("Default ''"),
  output_format: V1OutputFormat.optional().describe('Default text'),
  labels: z.array(z.string()).nullable().optional(),
  output_schema: z.unknown().optional(),
  extra_dependencies: z.array(z.string()).nullable().optional(),
});
export type V1AgentValue = z.infer<typeof V1AgentValue>;

export const V1CriterionDefinition = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/),
  name: z.string().min(1).max(100),
  criterion: z.string().min(10).max(500),
});
export type V1CriterionDefinition = z.infer<typeof V1CriterionDefinition>;

const plain = <K extends string>(kind: K) => z.object({ kind: z.literal(kind), ...Named });

export const V1InputConfig = plain('input');
export const V1AgentConfig = z.object({ kind: z.literal('agent'), ...Named, value: V1AgentValue });
export const V1CriterionGradeConfig = z.object({
  kind: z.literal('criterion_grade'),
  ...Named,
  value: z.object({ criterion: z.string().min(1).max(2000) }),
});
export const V1PeopleFinderConfig = z.object({
  kind: z.literal('company_people_finder'),
  ...Named,
  value: z.object({
    roles: z.array(z.string()).min(1),
    provider: z.literal('research_pro').optional(),
    max_results: z.number().int().optional(),
  }),
});
export const V1DiscoveryScoresConfig = z.object({
  kind: z.literal('discovery_scores'),
  ...Named,
  criteria: z.record(z.string(), V1CriterionDefinition).nullable().optional(),
});
export const V1ReverseEmailLookupConfig = z.object({
  kind: z.literal('reverse_email_lookup'),
  ...Named,
  email_column_key: z.string().min(1),
});

/** Every column kind of the documents; a config without `kind` is an input column, as in Extruct. */
export const V1ColumnConfig = z.preprocess(
  (value) =>
    value && typeof value === 'object' && !Array.isArray(value) && !('kind' in value)
      ? { kind: 'input', ...value }
      : value,
  z.discriminatedUnion('kind', [
    V1InputConfig,
    V1AgentConfig,
    V1CriterionGradeConfig,
    V1PeopleFinderConfig,
    V1DiscoveryScoresConfig,
    plain('company_name'),
    plain('company_website'),
    plain('company_profile'),
    plain('email_finder'),
    plain('phone_finder'),
    V1ReverseEmailLookupConfig,
  ]),
);
export type V1ColumnConfig = z.infer<typeof V1ColumnConfig>;
export type V1ColumnKind = V1ColumnConfig['kind'];
/** The config of one kind: `V1ConfigOf<'agent'>` has `value`. */
export type V1ConfigOf<K extends V1ColumnKind> = Extract<V1ColumnConfig, { kind: K }>;
