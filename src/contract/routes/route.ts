import type { z } from 'zod';
import { ErrorBody } from '../errors.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface JsonContent {
  content: { 'application/json': { schema: z.ZodType } };
}

/**
 * One API route, declared once: method, OpenAPI path template (`/tables/{id}`), request and
 * response schemas. It has the shape of @hono/zod-openapi's route config, so the server mounts it
 * as it is (`createRoute(route)`) and the app's typed client derives its calls from it.
 */
export interface RouteDeclaration {
  method: Method;
  path: string;
  tags: string[];
  summary: string;
  request?: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    headers?: z.ZodObject;
    body?: JsonContent & { required: boolean };
  };
  /** Answers by status; most are JSON, a download may be CSV or a spreadsheet. */
  responses: Record<
    number,
    { description: string; content?: Record<string, { schema: z.ZodType }>; headers?: z.ZodObject }
  >;
}

/** Declares a route, keeping its literal method, path and schemas for both sides' types. */
export const declareRoute = <const R extends RouteDeclaration>(route: R): R => route;

/** A JSON response entry. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/** A JSON request body entry. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const errors = {
  400: json(ErrorBody, 'Invalid input'),
  404: json(ErrorBody, 'Not found'),
} as const;
