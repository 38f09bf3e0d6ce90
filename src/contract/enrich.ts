import { z } from 'zod';
import { DataType, dataTypes } from './data-types/index.ts';
import { FilterSpec } from './rows.ts';

/** Which model answers: the default one unless named (as an AI column names its own). */
const ModelChoice = {
  provider: z
    .string()
    .max(64)
    .optional()
    .describe('Provider id from Settings (default: the first configured)'),
  model: z.string().max(200).optional().describe("Model name (default: the provider's default model)"),
};

/** The column types an enrichment can fill: those whose contract entry has `enrichment`. */
export const ENRICHABLE_TYPES: ReadonlySet<DataType> = new Set(
  DataType.options.filter((type) => dataTypes[type].enrichment),
);

export const PromptMode = z.enum(['auto', 'custom']);
export type PromptMode = z.infer<typeof PromptMode>;
export const Strategy = z.enum(['single-pass-lookup', 'single-pass-classify', 'research-and-synthesize']);
export type Strategy = z.infer<typeof Strategy>;

export const PlanStep = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().min(1).max(200),
    purpose: z.string().max(1000).default(''),
    prompt: z
      .string()
      .min(1)
      .max(8192)
      .describe('May name columns as {column}; a later step may name {step-1} for an earlier step’s answer'),
  })
  .meta({ id: 'EnrichmentStep' });
export type PlanStep = z.infer<typeof PlanStep>;

export const TargetContract = z
  .object({
    columnName: z.string(),
    columnLabel: z.string(),
    dataType: DataType,
    allowedOptions: z.array(z.string()).nullable().describe('For select and multiselect targets'),
  })
  .meta({ id: 'EnrichmentTargetContract' });

/** What a run is likely to cost, from the sample rows: shown before anything is spent. */
export const Estimate = z
  .object({
    calls: z.number().int(),
    tokensIn: z.number().int(),
    tokensOut: z.number().int(),
    model: z.string().nullable(),
    costUsd: z.number().nullable().describe('When the model’s price is known'),
  })
  .meta({ id: 'EnrichmentEstimate' });
export type Estimate = z.infer<typeof Estimate>;

export const Plan = z
  .object({
    promptMode: PromptMode,
    strategy: Strategy,
    agentProfile: z.string(),
    reasoning: z.string(),
    steps: z.array(PlanStep).min(1).max(5),
    targetContract: TargetContract,
    eligibleRowCount: z
      .number()
      .int()
      .describe('Rows that will be processed (already-populated rows excluded)'),
    sampleBindings: z
      .array(z.record(z.string(), z.unknown()))
      .describe('Sample row data used to build the plan'),
    estimate: Estimate,
    ...ModelChoice,
    planner: z
      .enum(['model', 'rules'])
      .describe('Who wrote the plan: the model (auto mode) or the rules (custom mode, or no model to ask)'),
  })
  .meta({ id: 'EnrichmentPlan' });
export type Plan = z.infer<typeof Plan>;

/** What both the plan and the execute requests say: the target, how to prompt, which rows, who answers. */
const RequestFields = {
  targetColumn: z.string().min(1).max(128),
  promptMode: PromptMode.default('auto'),
  prompt: z.string().max(8192).optional(),
  filter: FilterSpec.optional(),
  agentProfile: z.string().min(1).max(128).optional(),
  ...ModelChoice,
};

/** Custom mode needs a prompt, unless a plan (with its steps) is given. */
function promptRequired(
  input: { promptMode: PromptMode; prompt?: string; plan?: unknown },
  ctx: z.RefinementCtx,
) {
  if (input.promptMode === 'custom' && !input.prompt?.trim() && !input.plan) {
    ctx.addIssue({
      code: 'custom',
      path: ['prompt'],
      message: 'A custom prompt is required when promptMode is custom',
    });
  }
}

export const PlanInput = z
  .object({ ...RequestFields, batchSize: z.number().int().min(1).max(200).optional() })
  .superRefine(promptRequired)
  .meta({ id: 'EnrichmentPlanInput' });
export type PlanInput = z.input<typeof PlanInput>;

export const EnrichInput = z
  .object({
    ...RequestFields,
    batchSize: z.number().int().min(1).optional().describe('Rows per workflow step; clamped to 200'),
    projectId: z.string().max(128).nullable().optional(),
    workflowName: z.string().min(1).max(256).optional(),
    plan: Plan.partial({
      estimate: true,
      eligibleRowCount: true,
      sampleBindings: true,
      targetContract: true,
      promptMode: true,
      reasoning: true,
      planner: true,
    })
      .optional()
      .describe('A plan from /enrich/plan (its steps may be edited): no planning again'),
  })
  .superRefine(promptRequired)
  .meta({ id: 'EnrichInput' });
export type EnrichInput = z.input<typeof EnrichInput>;

export const EnrichStarted = z
  .object({ workflowId: z.string(), rowsQueued: z.number().int() })
  .meta({ id: 'EnrichStarted' });
export type EnrichStarted = z.infer<typeof EnrichStarted>;

export const EnrichRun = z
  .object({
    workflowId: z.string(),
    name: z.string().nullable(),
    status: z.enum(['running', 'completed', 'cancelled', 'rolled_back']),
    targetColumn: z.string(),
    rowsQueued: z.number().int(),
    rowsCompleted: z.number().int(),
    rowsFailed: z.number().int(),
    rowsCancelled: z.number().int(),
    strategy: Strategy.nullable(),
    batchSize: z.number().int(),
    projectId: z.string().nullable(),
    tokensIn: z.number().int(),
    tokensOut: z.number().int(),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'EnrichRun' });
export type EnrichRun = z.infer<typeof EnrichRun>;

export const EnrichRunsQuery = z.object({ limit: z.coerce.number().int().min(1).max(10).default(5) });
