import { z } from 'zod';
import { CellStatus } from './rows.ts';
import { ExampleSent, Verification } from './verified.ts';

/** One step of an enrichment as it ran for a cell: what it was asked and what it answered. */
export const CellStep = z
  .object({
    id: z.string(),
    name: z.string(),
    prompt: z.string().describe('The step prompt as sent, with the row and earlier notes filled in'),
    output: z.string().nullable().describe('Its notes, or for the last step the raw answer'),
    error: z.string().nullable(),
    tokensIn: z.number().int(),
    tokensOut: z.number().int(),
    latencyMs: z.number().int(),
  })
  .meta({ id: 'CellStep' });
export type CellStep = z.infer<typeof CellStep>;

/** Everything known about one AI cell: what was asked, what came back, what it cost. */
export const CellDetail = z
  .object({
    rowId: z.string(),
    column: z.string(),
    status: CellStatus,
    value: z.unknown(),
    error: z.string().nullable(),
    note: z.string().nullable(),
    stale: z.boolean(),
    locked: z.boolean(),
    verified: Verification.nullable().describe(
      "A person's confirmed or corrected answer; null when not verified",
    ),
    prompt: z.string().nullable().describe('The prompt as sent, with the row filled in'),
    raw: z.string().nullable().describe("The model's answer as it came back"),
    provider: z.string().nullable(),
    model: z.string().nullable(),
    tokensIn: z.number().int().nullable(),
    tokensOut: z.number().int().nullable(),
    latencyMs: z.number().int().nullable(),
    attempts: z.number().int(),
    runId: z.string().nullable(),
    steps: z
      .array(CellStep)
      .nullable()
      .describe("An enrichment's steps for this cell, in order; null for AI columns (one call)"),
    examples: z
      .array(ExampleSent)
      .nullable()
      .describe('The verified examples the last call was sent, most similar first; null when none'),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CellDetail' });
export type CellDetail = z.infer<typeof CellDetail>;

/** The status of a table's AI work, as the Extruct documents name it; small enough to poll. */
export const TableStatus = z
  .object({
    run_status: z.enum(['running', 'idle']),
    num_rows: z.number().int(),
    num_cells_queued: z.number().int(),
    num_cells_running: z.number().int(),
    num_cells_in_progress: z.number().int().describe('Queued and running: the table is idle when this is 0'),
    num_cells_completed: z.number().int(),
    num_cells_failed: z.number().int(),
    version: z.number().int().describe('The change sequence: fetch /changes?since= when it moves'),
  })
  .meta({ id: 'TableStatus' });
export type TableStatus = z.infer<typeof TableStatus>;
