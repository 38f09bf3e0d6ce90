import type { z } from 'zod';
import type { V1ValidationItem } from '../../../contract/v1/errors.ts';

type Where = 'body' | 'query' | 'path';

/** The value at a path inside the request, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'string_type',
  number: 'float_type',
  int: 'int_type',
  boolean: 'bool_type',
  array: 'list_type',
  object: 'dict_type',
};

/** pydantic's type and message for one zod issue, so clients written against Extruct read them alike. */
function typeAndMessage(issue: z.core.$ZodIssue, given: unknown): { type: string; msg: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (given === undefined) return { type: 'missing', msg: 'Field required' };
      return { type: TYPE_NAMES[issue.expected] ?? `${issue.expected}_type`, msg: issue.message };
    case 'invalid_value':
      return { type: issue.values.length === 1 ? 'literal_error' : 'enum', msg: issue.message };
    case 'invalid_union':
      return { type: 'union_tag_invalid', msg: issue.message };
    case 'too_small':
      return {
        type: issue.origin === 'string' || issue.origin === 'array' ? 'too_short' : 'greater_than_equal',
        msg: issue.message,
      };
    case 'too_big':
      return {
        type: issue.origin === 'string' || issue.origin === 'array' ? 'too_long' : 'less_than_equal',
        msg: issue.message,
      };
    case 'invalid_format':
      return { type: 'string_pattern_mismatch', msg: issue.message };
    default:
      return { type: 'value_error', msg: issue.message };
  }
}

/** A failed zod parse as FastAPI's 422 items, each located under `where` (body, query, path). */
export function validationItems(error: z.ZodError, where: Where, input: unknown): V1ValidationItem[] {
  return error.issues.map((issue) => ({
    loc: [where, ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))],
    ...typeAndMessage(issue, valueAt(input, issue.path)),
  }));
}
