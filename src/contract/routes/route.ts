import type { z } from 'zod';
import { ErrorBody } from '../errors.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface JsonContent {
  content: { 'application/json': { schema: z.ZodType } };
}
/**
 * A file upload's body: a plain OpenAPI schema, not zod, on purpose. The server's validator reads
 * (and buffers) only zod-typed bodies, so an upload of 500 MB still streams to disk through the
 * handler, while the OpenAPI document shows the form and the typed client knows to send one.
 */
export interface FileFormContent {
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object';
        required: ['file'];
        properties: { file: { type: 'string'; format: 'binary' } };
      };
    };
  };
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
  description?: string;
  request?: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    headers?: z.ZodObject;
    /** A JSON body (`required: false` when it may be left out), or a file upload. */
    body?: (JsonContent & { required?: boolean }) | (FileFormContent & { required: true });
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

/** A file upload request body (multipart, field `file`), streamed by the handler rather than validated. */
export const fileBody = (description: string) => ({
  body: {
    description,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file'],
          properties: { file: { type: 'string', format: 'binary' } },
        },
      },
    },
    required: true,
  } as FileFormContent & { required: true; description: string },
});

export const errors = {
  400: json(ErrorBody, 'Invalid input'),
  404: json(ErrorBody, 'Not found'),
} as const;
