import { describe, expect, inject, it } from 'vitest';
import { declaredRoutes } from '../../src/contract/routes/index.ts';
import '../support/provided-context.ts';

interface OpenApi {
  paths: Record<string, Record<string, { summary?: string }>>;
}

const routes = Object.values(declaredRoutes).flatMap((group) => Object.values(group));

describe('the route declarations of src/contract/routes', () => {
  it('are every one mounted by the server, as declared', async () => {
    const doc = (await (await fetch(`${inject('baseUrl')}/api/openapi.json`)).json()) as OpenApi;
    const mounted = routes.map((route) => ({
      route: `${route.method} ${route.path}`,
      // The same summary shows the server mounted the declaration itself, not a copy of its path.
      summary: doc.paths[`/api${route.path}`]?.[route.method]?.summary,
    }));
    expect(mounted).toEqual(
      routes.map((route) => ({ route: `${route.method} ${route.path}`, summary: route.summary })),
    );
  });
});
