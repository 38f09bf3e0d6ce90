import { z } from 'zod';
import { MAX_EXAMPLES } from './ai/config.ts';

/** Most variants one evaluation compares. */
export const MAX_VARIANTS = 3;

/** Settings to try instead of the column's: what is absent is the column's own. */
export const EvaluateVariant = z
  .object({
    prompt: z.string().min(1).max(8192).optional(),
    model: z.string().max(200).optional(),
    provider: z.string().max(64).optional(),
    examples: z
      .number()
      .int()
      .min(0)
      .max(MAX_EXAMPLES)
      .optional()
      .describe('Verified examples per call, 0 for none (a cell is never its own example)'),
  })
  .meta({ id: 'EvaluateVariant' });
export type EvaluateVariant = z.infer<typeof EvaluateVariant>;

export const EvaluateInput = z
  .object({
    variants: z
      .array(EvaluateVariant)
      .max(MAX_VARIANTS)
      .optional()
      .describe("Up to three settings to compare; absent or empty: the column's own settings"),
    limit: z
      .number()
      .int()
      .min(1)
      .max(500)
      .default(100)
      .describe('Verified cells evaluated, the newest first'),
    tolerance: z
      .number()
      .min(0)
      .max(1)
      .default(0.01)
      .describe('Number and money answers agree within this share of the verified value'),
  })
  .meta({ id: 'EvaluateInput' });
export type EvaluateInput = z.input<typeof EvaluateInput>;

/** One verified cell as a variant answered it. */
export const EvaluationItem = z
  .object({
    rowId: z.string(),
    inputs: z.record(z.string(), z.string().nullable()),
    expected: z.unknown().describe('The verified answer'),
    answer: z.unknown().describe("The variant's answer (null when the call failed)"),
    agreed: z.boolean(),
    reason: z.string().nullable().describe('For text: why the judge found the answers the same or not'),
    error: z.string().nullable(),
    examples: z.number().int().describe('Verified examples the call was sent'),
    latencyMs: z.number().int(),
  })
  .meta({ id: 'EvaluationItem' });
export type EvaluationItem = z.infer<typeof EvaluationItem>;

/** Label columns: how often each verified label (row) was answered as each label (column). */
export const Confusion = z
  .object({
    labels: z.array(z.string()).describe('Row and column order; "(none)" for no answer'),
    counts: z.array(z.array(z.number().int())).describe('counts[verified][answered]'),
  })
  .meta({ id: 'Confusion' });
export type Confusion = z.infer<typeof Confusion>;

export const VariantResult = z
  .object({
    settings: z
      .object({
        prompt: z.string(),
        provider: z.string().nullable(),
        model: z.string(),
        examples: z.number().int(),
      })
      .describe('What was run: the variant over the column settings'),
    accuracy: z.number().nullable().describe('agreed / evaluated; null when nothing was evaluated'),
    evaluated: z.number().int(),
    agreed: z.number().int(),
    failed: z.number().int().describe('Calls that gave no answer (counted as not agreeing)'),
    confusion: Confusion.optional(),
    tokens: z.number().int().describe('Tokens the answers took, in and out (judging not included)'),
    tokensIn: z.number().int(),
    tokensOut: z.number().int(),
    judgeTokens: z.number().int().describe('Tokens the text judge took'),
    costPer1000: z.number().nullable().describe('US dollars per 1,000 rows; null when the price is unknown'),
    latencyMs: z.object({ median: z.number().int(), p90: z.number().int() }),
    items: z.array(EvaluationItem),
  })
  .meta({ id: 'VariantResult' });
export type VariantResult = z.infer<typeof VariantResult>;

export const EvaluateResult = z
  .object({
    column: z.string(),
    verified: z.number().int().describe('Verified cells the column has'),
    variants: z.array(VariantResult),
  })
  .meta({ id: 'EvaluateResult' });
export type EvaluateResult = z.infer<typeof EvaluateResult>;
