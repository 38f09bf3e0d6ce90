import type { Context } from 'hono';
import type { ZodType } from 'zod';
import type { V1ValidationItem } from '../../../contract/v1/errors.ts';
import { validationItems } from './validation-items.ts';

/** A request /v1 refuses with 422 and FastAPI's `detail` items. */
export class V1RequestError extends Error {
  readonly items: V1ValidationItem[];
  constructor(items: V1ValidationItem[]) {
    super(items[0]?.msg ?? 'Invalid request');
    this.items = items;
  }
}

function parse<T>(schema: ZodType<T>, value: unknown, where: 'body' | 'query'): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new V1RequestError(validationItems(parsed.error, where, value));
  return parsed.data;
}

/**
 * The JSON body read by a contract schema; a body that is not JSON is pydantic's json_invalid. With
 * `optional`, no body at all reads as `{}` (an endpoint whose every field has a default).
 */
export async function bodyOf<T>(c: Context, schema: ZodType<T>, { optional = false } = {}): Promise<T> {
  const text = await c.req.text();
  if (optional && text.trim() === '') return parse(schema, {}, 'body');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new V1RequestError([{ loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' }]);
  }
  return parse(schema, body, 'body');
}

/** The query parameters read by a contract schema. */
export const queryOf = <T>(c: Context, schema: ZodType<T>): T => parse(schema, c.req.query(), 'query');

/** 422 when a list or number sent is over the operator's limit (MAX_PAGE_ROWS, MAX_BATCH_ROWS). */
export function withinLimit(value: number, max: number, loc: Array<string | number>, what: string): void {
  if (value <= max) return;
  throw new V1RequestError([{ loc, msg: `At most ${max} ${what} on this server`, type: 'less_than_equal' }]);
}
