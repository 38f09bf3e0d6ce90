import { z } from 'zod';

/** Confirming an AI cell's answer, or correcting it with `value`. */
export const VerifyInput = z
  .object({
    value: z
      .unknown()
      .optional()
      .describe(
        "A correction: the right answer, written to the cell. Without it the cell's answer is confirmed",
      ),
    by: z
      .string()
      .max(256)
      .optional()
      .describe('Who verified it (a name or an address); a label, not a check'),
  })
  .meta({ id: 'VerifyInput' });
export type VerifyInput = z.infer<typeof VerifyInput>;

/** A person's answer for a cell: the column learns from it and is evaluated against it. */
export const Verification = z
  .object({
    value: z.unknown().describe('The verified answer'),
    by: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'Verification' });
export type Verification = z.infer<typeof Verification>;

/** One verified example a call was sent: a row's inputs and the answer people gave for it. */
export const ExampleSent = z
  .object({
    rowId: z.string(),
    inputs: z
      .record(z.string(), z.string().nullable())
      .describe('The input columns as the prompt shows them'),
    answer: z.unknown(),
    similarity: z.number().describe('Lexical similarity to the row answered (BM25 over the inputs)'),
  })
  .meta({ id: 'ExampleSent' });
export type ExampleSent = z.infer<typeof ExampleSent>;

export const VerifiedCell = z
  .object({
    rowId: z.string(),
    inputs: z.record(z.string(), z.string().nullable()),
    value: z.unknown().describe('The verified answer'),
    by: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'VerifiedCell' });
export type VerifiedCell = z.infer<typeof VerifiedCell>;

export const VerifiedCells = z
  .object({
    column: z.string(),
    total: z.number().int(),
    learning: z.boolean().describe('Whether calls of this column are sent verified examples now'),
    examplesPerCall: z.number().int(),
    cells: z.array(VerifiedCell).describe('Newest first'),
  })
  .meta({ id: 'VerifiedCells' });
export type VerifiedCells = z.infer<typeof VerifiedCells>;
