import { z } from 'zod';

/** One problem with a request, as FastAPI (and so Extruct) reports it: where, what, and its kind. */
export const V1ValidationItem = z.object({
  loc: z.array(z.union([z.string(), z.number().int()])).describe('body, query or path, then the field path'),
  msg: z.string(),
  type: z.string().describe("pydantic's error type: missing, string_type, enum, ..."),
});
export type V1ValidationItem = z.infer<typeof V1ValidationItem>;

/** A 422: every problem found, not only the first. */
export const V1ValidationError = z.object({ detail: z.array(V1ValidationItem) });
export type V1ValidationError = z.infer<typeof V1ValidationError>;

/** Every other /v1 error (401, 404, 413, 500): FastAPI's HTTPException body. */
export const V1ErrorBody = z.object({ detail: z.string() });
export type V1ErrorBody = z.infer<typeof V1ErrorBody>;
