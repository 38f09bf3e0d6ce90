import { z } from 'zod';
import { FilterSpec } from './rows.ts';

export const RunMode = z
  .enum(['missing', 'failed', 'stale', 'all'])
  .describe('missing: cells without a value; failed; stale: inputs changed since; all: every cell');
export type RunMode = z.infer<typeof RunMode>;

/** A run's spending ceiling: it pauses before the calls that would pass either. */
export const RunBudget = z
  .object({
    maxTokens: z
      .number()
      .int()
      .positive()
      .nullable()
      .optional()
      .describe('Tokens (in and out) the run may spend'),
    maxUsd: z
      .number()
      .positive()
      .max(1_000_000)
      .nullable()
      .optional()
      .describe('US dollars the run may spend, at the prices in Settings (every model must have one)'),
  })
  .meta({ id: 'RunBudget' });
export type RunBudget = z.infer<typeof RunBudget>;

export const RunInput = z
  .object({
    columns: z
      .array(z.string().min(1))
      .max(100)
      .optional()
      .describe('AI column names or ids; default every AI column'),
    rowIds: z.array(z.string()).max(10_000).optional().describe('Only these rows'),
    filter: z
      .union([FilterSpec, z.array(FilterSpec).max(50)])
      .optional()
      .describe('Only rows matching these filters (ANDed)'),
    mode: RunMode.default('missing'),
    overwrite: z.boolean().optional().describe('Also rerun cells a person locked by editing them'),
    budget: RunBudget.optional().describe(
      'A ceiling: the run pauses (cells stay queued) before the calls that would pass it, until resumed',
    ),
  })
  .meta({ id: 'RunInput' });
export type RunInput = z.input<typeof RunInput>;

/**
 * The header the web app sends with its requests, so what it starts is told from what scripts start
 * (a run's origin "app" rather than "api"). A label, not a credential: any client may send it.
 */
export const CLIENT_HEADER = 'X-AI-Tables-Client';

export const RunStarted = z
  .object({
    runId: z.string(),
    cellsQueued: z.number().int(),
    cellsWaiting: z
      .number()
      .int()
      .describe('Cells left waiting for input: every column their prompt names is empty (no call is made)'),
  })
  .meta({ id: 'RunStarted' });
export type RunStarted = z.infer<typeof RunStarted>;

/** What a run would cost, before it starts (the numbers enrichment shows too); nothing is queued. */
export const RunEstimate = z
  .object({
    calls: z
      .number()
      .int()
      .describe('Calls the provider would get: cells less those answered from the answer cache'),
    answersReused: z
      .number()
      .int()
      .describe(
        'Cells the answer cache would answer: asked before, or asked by another cell of the run (at no cost)',
      ),
    cellsWaiting: z.number().int().describe('Cells that would wait for input, at no cost'),
    tokensIn: z.number().int(),
    tokensOut: z.number().int(),
    model: z.string().nullable().describe('The model, when the columns share one'),
    costUsd: z.number().nullable().describe('Of the calls, when every model’s price is known'),
  })
  .meta({ id: 'RunEstimate' });
export type RunEstimate = z.infer<typeof RunEstimate>;

export const RunStatus = z.enum(['running', 'paused', 'completed', 'cancelled', 'rolled_back']);
export type RunStatus = z.infer<typeof RunStatus>;

export const Run = z
  .object({
    id: z.string(),
    tableId: z.string(),
    columns: z.array(z.string()).describe('Names of the AI columns it runs'),
    mode: RunMode,
    origin: z
      .string()
      .describe(
        'What started it: app (the web app), api (a script or other client), mcp (an agent), trigger, enrich',
      ),
    status: RunStatus,
    cellsQueued: z.number().int(),
    cellsDone: z.number().int(),
    cellsFailed: z.number().int(),
    cellsCancelled: z.number().int(),
    tokensIn: z.number().int(),
    tokensOut: z.number().int(),
    spentUsd: z.number().describe('What its calls cost, for the models with a price'),
    cellsReused: z.number().int().describe('Cells answered from the answer cache: no call'),
    savedTokens: z
      .number()
      .int()
      .describe('Tokens the reused answers took when first asked, not spent again'),
    savedUsd: z.number().describe('What the reused answers would have cost again'),
    budget: z
      .object({ maxTokens: z.number().int().nullable(), maxUsd: z.number().nullable() })
      .nullable()
      .describe('Its ceiling, if it has one'),
    left: z
      .object({
        cells: z.number().int().describe('Cells still queued'),
        tokens: z
          .number()
          .int()
          .nullable()
          .describe('What they would take at the run’s average call so far; null before its first call'),
        costUsd: z.number().nullable(),
      })
      .nullable()
      .describe('While paused: what is left to do and what it would cost'),
    pausedAt: z.iso.datetime().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    durationMs: z.number().int().nullable().describe('From start to finish, or to now while running'),
    rolledBackAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Run' });
export type Run = z.infer<typeof Run>;

export const ResumeInput = z
  .object({
    budget: RunBudget.nullable()
      .optional()
      .describe('A new ceiling; null for none; left out to keep the one it has'),
  })
  .meta({ id: 'RunResume' });
export type ResumeInput = z.infer<typeof ResumeInput>;

export const RunsQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export const RollbackResult = z
  .object({
    cellsRestored: z.number().int().describe('Cells put back to their value before the run'),
    cellsSkipped: z
      .number()
      .int()
      .describe('Cells changed since by a person or a later run, left as they are'),
  })
  .meta({ id: 'RunRollback' });
export type RollbackResult = z.infer<typeof RollbackResult>;
