import { describe, expect, it } from 'vitest';
import { declaredRoutes, v1DeclaredRoutes } from '../../contract/routes/index.ts';
import type { RouteDeclaration } from '../../contract/routes/route.ts';
import { type AppOptions, createApi } from './app.ts';
import { honoPath } from './mount-declared.ts';

/**
 * Routes the server serves that are not API routes of the contract: the OpenAPI document itself, and
 * MCP's one endpoint (JSON-RPC over HTTP; its tools are described by the protocol, docs/mcp.md).
 */
const NOT_DECLARED = ['GET /api/openapi.json', 'GET /mcp', 'POST /mcp', 'DELETE /mcp'];

/** The server as main.ts builds it; nothing is called, so its services may be stand-ins. */
function serverRoutes(): string[] {
  const unused = {} as never;
  const app = createApi({
    store: unused,
    providers: unused,
    contacts: unused,
    answerers: [],
    searxngUrl: undefined,
    callTimeoutMs: 1000,
    maintenance: unused,
    rows: unused,
    charts: unused,
    triggers: unused,
    logger: unused,
    bodyLimitBytes: 1024,
    io: unused,
    extract: { config: unused, secrets: unused, wake: () => undefined },
    accessToken: undefined,
    corsOrigins: [],
    limits: { ratePerSecond: 1, rateBurst: 1, maxPageRows: 1, maxBatchRows: 1, maxFilters: 1, maxSorts: 1 },
    trustProxy: false,
  } satisfies AppOptions);
  // Middleware is registered for every method ("ALL"); routes name theirs.
  const routes = app.routes.filter((route) => route.method !== 'ALL');
  return [...new Set(routes.map((route) => `${route.method} ${route.path}`))];
}

const under = (base: string, group: Record<string, RouteDeclaration>) =>
  Object.values(group).map((route) => `${route.method.toUpperCase()} ${base}${honoPath(route.path)}`);

const declared = [
  ...Object.values(declaredRoutes).flatMap((group) => under('/api', group)),
  ...under('/v1', v1DeclaredRoutes),
];

describe('the server', () => {
  it('serves no route that is not declared in src/contract/routes', () => {
    const undeclared = serverRoutes().filter(
      (route) => !declared.includes(route) && !NOT_DECLARED.includes(route),
    );
    expect(undeclared, 'declare these in src/contract/routes and mount the declaration').toEqual([]);
  });

  it('serves every declared route once', () => {
    const served = serverRoutes();
    expect(declared.filter((route) => !served.includes(route))).toEqual([]);
    expect(new Set(declared).size).toBe(declared.length);
  });
});
