import { describe, expect, inject, it } from 'vitest';
import { declaredRoutes, v1DeclaredRoutes } from '../../src/contract/routes/index.ts';
import type { RouteDeclaration } from '../../src/contract/routes/route.ts';
import '../support/provided-context.ts';

interface OpenApi {
  paths: Record<string, Record<string, { summary?: string }>>;
}

const routes: [string, RouteDeclaration][] = [
  ...Object.values(declaredRoutes).flatMap((group) =>
    Object.values(group).map((route): [string, RouteDeclaration] => ['/api', route]),
  ),
  ...Object.values(v1DeclaredRoutes).map((route): [string, RouteDeclaration] => ['/v1', route]),
];

describe('the route declarations of src/contract/routes', () => {
  it('are every one mounted by the server, as declared, and described in /api/openapi.json', async () => {
    const doc = (await (await fetch(`${inject('baseUrl')}/api/openapi.json`)).json()) as OpenApi;
    const mounted = routes.map(([base, route]) => ({
      route: `${route.method} ${base}${route.path}`,
      // The same summary shows the server mounted the declaration itself, not a copy of its path.
      summary: doc.paths[`${base}${route.path}`]?.[route.method]?.summary,
    }));
    expect(mounted).toEqual(
      routes.map(([base, route]) => ({
        route: `${route.method} ${base}${route.path}`,
        summary: route.summary,
      })),
    );
  });
});
