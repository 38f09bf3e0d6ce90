import type { z } from 'zod';
import { ErrorBody } from '../../contract/errors.ts';

/** A JSON response entry for a route definition. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/** A JSON request body entry for a route definition. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const errors = {
  400: json(ErrorBody, 'Invalid input'),
  404: json(ErrorBody, 'Not found'),
} as const;
