import { z } from 'zod';

/** Every error response: a readable message and, for validation failures, what was wrong where. */
export const ErrorBody = z
  .object({
    error: z.string(),
    details: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('One entry per invalid field, present on 400 responses'),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;
export type ErrorDetail = NonNullable<ErrorBody['details']>[number];
