import type { z } from 'zod';
import type { FileFormContent, RouteDeclaration } from '../../contract/routes/route.ts';
import { API_BASE, type ApiResponse, apiRequest, queryString } from './api-client.ts';
import { uploadFile } from './upload-file.ts';

type JsonSchemaOf<T> = T extends { content: { 'application/json': { schema: infer S extends z.ZodType } } }
  ? S
  : never;
type Request<R extends RouteDeclaration> = NonNullable<R['request']>;
/** A route whose body is a file upload (multipart), called with `uploadRoute`. */
export type UploadRoute = RouteDeclaration & { request: { body: FileFormContent } };
/** A route called with JSON (or nothing) as its body: every route but an upload. */
export type JsonRoute = RouteDeclaration & {
  request?: { body?: { content: { 'application/json': unknown } } };
};

/** Path parameters as the client gives them (before the server's parsing). */
export type ParamsOf<R extends RouteDeclaration> =
  Request<R> extends { params: infer P extends z.ZodType } ? z.input<P> : never;
/** Query parameters as sent: JSON-encoded ones (filters, sorts) are strings already. */
export type QueryOf<R extends RouteDeclaration> =
  Request<R> extends { query: infer Q extends z.ZodType } ? z.input<Q> : never;
export type BodyOf<R extends RouteDeclaration> =
  Request<R> extends { body: infer B } ? z.input<JsonSchemaOf<B>> : never;
/** What a successful answer holds: the 200, 201 or 202 body, nothing for a 204. */
export type ResponseOf<R extends RouteDeclaration> = R['responses'] extends infer S
  ? 200 extends keyof S
    ? z.output<JsonSchemaOf<S[200]>>
    : 201 extends keyof S
      ? z.output<JsonSchemaOf<S[201]>>
      : 202 extends keyof S
        ? z.output<JsonSchemaOf<S[202]>>
        : undefined
  : never;

/** A body declared `required: false` may be left out. */
type BodyInput<R extends RouteDeclaration> =
  Request<R> extends { body: { required: false } } ? { body?: BodyOf<R> } : { body: BodyOf<R> };

/** What a call of a route takes: exactly the parts the route declares, plus a signal. */
export type CallInput<R extends RouteDeclaration> = ([ParamsOf<R>] extends [never]
  ? unknown
  : { params: ParamsOf<R> }) &
  ([QueryOf<R>] extends [never] ? unknown : { query?: QueryOf<R> }) &
  ([BodyOf<R>] extends [never] ? unknown : BodyInput<R>) & { signal?: AbortSignal };

type PathInput = { params?: Record<string, unknown>; query?: Record<string, unknown> };

/** The route's path with each `{name}` filled from the params, encoded, and its query appended. */
export function routeUrl(route: RouteDeclaration, { params, query }: PathInput = {}): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${route.method} ${route.path}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  return `${path}${queryString(query)}`;
}

/** The address the browser itself fetches (a download link): the route's URL under the API prefix. */
export function routeHref<R extends RouteDeclaration>(route: R, input: CallInput<R>): string {
  return `${API_BASE}${routeUrl(route, input as PathInput)}`;
}

/**
 * Calls a declared route: the URL from its path template, the body sent as JSON, the answer typed by
 * its response schema (not re-validated: the server's schemas already hold it to them), with the
 * X-Total-Count header for lists.
 */
export function requestRoute<R extends JsonRoute>(
  route: R,
  input: CallInput<R>,
): Promise<ApiResponse<ResponseOf<R>>> {
  const { signal, body } = input as PathInput & { signal?: AbortSignal; body?: unknown };
  return apiRequest<ResponseOf<R>>(routeUrl(route, input as PathInput), {
    method: route.method.toUpperCase() as Uppercase<RouteDeclaration['method']>,
    body,
    ...(signal && { signal }),
  });
}

/** Calls a declared route and returns the answer's body alone. */
export function callRoute<R extends JsonRoute>(route: R, input: CallInput<R>): Promise<ResponseOf<R>> {
  return requestRoute(route, input).then((response) => response.data);
}

/** What an upload takes besides the route's own parts: the file, and who to tell how far it got. */
export interface UploadInput {
  file: File;
  onProgress?: (fraction: number) => void;
}

/**
 * Uploads a file to a route declared with a file body (multipart, field `file`): the one way in for
 * uploads, so their paths come from declarations like every other call's. Answers the 201 body.
 */
export function uploadRoute<R extends UploadRoute>(
  route: R,
  { file, onProgress, ...input }: CallInput<R> & UploadInput,
): Promise<ResponseOf<R>> {
  return uploadFile<ResponseOf<R>>(routeHref(route, input as CallInput<R>), file, onProgress);
}
