import type { Context, MiddlewareHandler } from 'hono';
import { bearerToken, signedUrlValid, tokenMatches } from './token.ts';

/** Paths anyone may call with a token set: the load balancer's health check. */
const OPEN_PATHS = new Set(['/api/health']);

/** Whether a path belongs to the API (/api, the Extruct-compatible /v1, the MCP server at /mcp) rather than the SPA. */
export const isApiPath = (path: string): boolean => /^\/(api|v1|mcp)(\/|$)/.test(path);

function refuse(c: Context, error: 'missing' | 'invalid') {
  // RFC 6750: a request without credentials gets the bare challenge, a wrong token names the error.
  c.header(
    'WWW-Authenticate',
    error === 'missing' ? 'Bearer realm="AI Tables"' : 'Bearer realm="AI Tables", error="invalid_token"',
  );
  const message =
    error === 'missing'
      ? 'This server needs an access token: send Authorization: Bearer <token>'
      : 'The access token is not valid';
  // The Extruct-compatible /v1 answers in FastAPI's shape, as every /v1 error does.
  const v1 = c.req.path === '/v1' || c.req.path.startsWith('/v1/');
  return c.json(v1 ? { detail: message } : { error: message }, 401);
}

/**
 * Guards every API path (/api/*, /v1/*, and so /api/v1/*, and /mcp) with the bearer token; the health check,
 * CORS preflights and the SPA's files stay open. A GET may instead carry a signature from
 * POST /api/access/signed-url, for downloads the browser fetches as plain links.
 */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    if (!isApiPath(path) || OPEN_PATHS.has(path) || c.req.method === 'OPTIONS') return next();
    const given = bearerToken(c.req.header('Authorization'));
    if (given !== undefined) return tokenMatches(given, token) ? next() : refuse(c, 'invalid');
    if (c.req.method === 'GET' && c.req.query('signature') !== undefined) {
      const url = new URL(c.req.url);
      return signedUrlValid(token, `${url.pathname}${url.search}`) ? next() : refuse(c, 'invalid');
    }
    return refuse(c, 'missing');
  };
}
