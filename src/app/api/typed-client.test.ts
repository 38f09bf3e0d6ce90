import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { documentApi } from '../../contract/routes/documents.ts';
import { declaredRoutes } from '../../contract/routes/index.ts';
import type { RouteDeclaration } from '../../contract/routes/route.ts';
import { tableApi } from '../../contract/routes/tables.ts';
import { type CallInput, callRoute, routeUrl, uploadRoute } from './typed-client.ts';

/** Ids a person or an import may produce: slashes, spaces, query and fragment marks, percent signs, emoji. */
const AWKWARD = ['plain', 'a/b', 'x y', '?q=1&r#frag', '100%', 'ü€😀', '..', '{id}', 'it\'s "quoted"'];
const enc = encodeURIComponent;
type P = Record<string, string>;

/** Every declared route's path, built by hand the way the features used to build it. */
const HAND_BUILT: Record<string, (p: P) => string> = {
  'tables.list': () => '/tables',
  'tables.create': () => '/tables',
  'tables.get': (p) => `/tables/${enc(p.id as string)}`,
  'tables.update': (p) => `/tables/${enc(p.id as string)}`,
  'tables.remove': (p) => `/tables/${enc(p.id as string)}`,
  'columns.add': (p) => `/tables/${enc(p.id as string)}/columns`,
  'columns.reorder': (p) => `/tables/${enc(p.id as string)}/columns`,
  'columns.update': (p) => `/tables/${enc(p.id as string)}/columns/${enc(p.columnId as string)}`,
  'columns.remove': (p) => `/tables/${enc(p.id as string)}/columns/${enc(p.columnId as string)}`,
  'rows.list': (p) => `/tables/${enc(p.id as string)}/rows`,
  'rows.insert': (p) => `/tables/${enc(p.id as string)}/rows`,
  'rows.get': (p) => `/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}`,
  'rows.update': (p) => `/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}`,
  'rows.remove': (p) => `/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}`,
  'rows.removeMany': (p) => `/tables/${enc(p.id as string)}/rows/delete`,
  'cells.status': (p) => `/tables/${enc(p.id as string)}/status`,
  'cells.changes': (p) => `/tables/${enc(p.id as string)}/changes`,
  'cells.detail': (p) =>
    `/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}/cells/${enc(p.column as string)}`,
  'prices.list': () => '/ai/prices',
  'prices.set': () => '/ai/prices',
  'prices.remove': () => '/ai/prices',
  'cells.unlock': (p) =>
    `/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}/cells/${enc(p.column as string)}/unlock`,
  'history.table': (p) => `/tables/${enc(p.id as string)}/history`,
  'history.row': (p) => `/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}/history`,
  'history.rollback': (p) => `/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}/history`,
  'projects.list': () => '/projects',
  'projects.create': () => '/projects',
  'projects.get': (p) => `/projects/${enc(p.id as string)}`,
  'projects.rename': (p) => `/projects/${enc(p.id as string)}`,
  'projects.remove': (p) => `/projects/${enc(p.id as string)}`,
  'templates.list': () => '/tables/templates',
  'templates.save': () => '/tables/templates',
  'charts.list': (p) => `/tables/${enc(p.id as string)}/charts`,
  'charts.create': (p) => `/tables/${enc(p.id as string)}/charts`,
  'charts.update': (p) => `/tables/${enc(p.id as string)}/charts/${enc(p.chartId as string)}`,
  'charts.remove': (p) => `/tables/${enc(p.id as string)}/charts/${enc(p.chartId as string)}`,
  'charts.data': (p) => `/tables/${enc(p.id as string)}/charts/${enc(p.chartId as string)}/data`,
  'charts.preview': (p) => `/tables/${enc(p.id as string)}/charts/preview`,
  'charts.dashboard': (p) => `/tables/${enc(p.id as string)}/dashboard`,
  'charts.saveLayout': (p) => `/tables/${enc(p.id as string)}/dashboard`,
  'triggers.list': (p) => `/tables/${enc(p.id as string)}/triggers`,
  'triggers.create': (p) => `/tables/${enc(p.id as string)}/triggers`,
  'triggers.update': (p) => `/tables/${enc(p.id as string)}/triggers/${enc(p.triggerId as string)}`,
  'triggers.remove': (p) => `/tables/${enc(p.id as string)}/triggers/${enc(p.triggerId as string)}`,
  'relations.options': (p) => `/tables/${enc(p.id as string)}/columns/${enc(p.columnId as string)}/links`,
  'parentRows.parent': (p) => `/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}/parent`,
  'exports.download': (p) => `/tables/${enc(p.id as string)}/export`,
  'imports.intoTable': (p) => `/tables/${enc(p.id as string)}/import`,
  'imports.newTable': () => '/tables/import',
  'imports.status': (p) => `/imports/${enc(p.importId as string)}`,
  'imports.errorsCsv': (p) => `/imports/${enc(p.importId as string)}/errors`,
  'documents.upload': () => '/documents',
  'documents.get': (p) => `/documents/${enc(p.id as string)}`,
  'documents.remove': (p) => `/documents/${enc(p.id as string)}`,
  'runs.start': (p) => `/tables/${enc(p.id as string)}/run`,
  'runs.estimate': (p) => `/tables/${enc(p.id as string)}/run/estimate`,
  'runs.list': (p) => `/tables/${enc(p.id as string)}/runs`,
  'runs.get': (p) => `/tables/${enc(p.id as string)}/runs/${enc(p.runId as string)}`,
  'runs.cancel': (p) => `/tables/${enc(p.id as string)}/runs/${enc(p.runId as string)}/cancel`,
  'runs.resume': (p) => `/tables/${enc(p.id as string)}/runs/${enc(p.runId as string)}/resume`,
  'runs.rollback': (p) => `/tables/${enc(p.id as string)}/runs/${enc(p.runId as string)}/rollback`,
  'runs.preview': (p) => `/tables/${enc(p.id as string)}/columns/preview`,
  'verified.verify': (p) =>
    `/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}/cells/${enc(p.column as string)}/verify`,
  'verified.unverify': (p) =>
    `/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}/cells/${enc(p.column as string)}/verify`,
  'verified.list': (p) => `/tables/${enc(p.id as string)}/columns/${enc(p.column as string)}/verified`,
  'verified.evaluate': (p) => `/tables/${enc(p.id as string)}/columns/${enc(p.column as string)}/evaluate`,
  'enrich.plan': (p) => `/tables/${enc(p.id as string)}/enrich/plan`,
  'enrich.start': (p) => `/tables/${enc(p.id as string)}/enrich`,
  'enrich.runs': (p) => `/tables/${enc(p.id as string)}/enrich/runs`,
  'aiSettings.get': () => '/ai/settings',
  'aiSettings.createProvider': () => '/ai/providers',
  'aiSettings.updateProvider': (p) => `/ai/providers/${enc(p.providerId as string)}`,
  'aiSettings.removeProvider': (p) => `/ai/providers/${enc(p.providerId as string)}`,
  'aiSettings.testProvider': (p) => `/ai/providers/${enc(p.providerId as string)}/test`,
  'contacts.settings': () => '/contacts/settings',
  'contacts.save': () => '/contacts/provider',
  'contacts.remove': () => '/contacts/provider',
  'access.signedUrl': () => '/access/signed-url',
  'extract.createSchema': () => '/v1/schemas',
  'extract.listSchemas': () => '/v1/schemas',
  'extract.getSchema': (p) => `/v1/schemas/${enc(p.id as string)}`,
  'extract.uploadFile': () => '/v1/files',
  'extract.listFiles': () => '/v1/files',
  'extract.getFile': (p) => `/v1/files/${enc(p.id as string)}`,
  'extract.deleteFile': (p) => `/v1/files/${enc(p.id as string)}`,
  'extract.createTable': () => '/v1/tables',
  'extract.estimate': () => '/v1/tables/estimate',
  'extract.listTables': () => '/v1/tables',
  'extract.getTable': (p) => `/v1/tables/${enc(p.id as string)}`,
  'extract.listRows': (p) => `/v1/tables/${enc(p.id as string)}/rows`,
  'extract.getRow': (p) => `/v1/tables/${enc(p.id as string)}/rows/${enc(p.rowId as string)}`,
  'extract.webhookDeliveries': (p) => `/v1/tables/${enc(p.id as string)}/webhook-deliveries`,
  'service.health': () => '/health',
  'service.metrics': () => '/metrics',
};

const routes: [string, RouteDeclaration][] = Object.entries(declaredRoutes).flatMap(([resource, group]) =>
  Object.entries(group).map(([name, route]) => [`${resource}.${name}`, route] as [string, RouteDeclaration]),
);

/** The path parameters a route names, each given `value` (varied per name so mix-ups show). */
const paramsOf = (route: RouteDeclaration, value: string): P =>
  Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, `${name}:${value}`]));

describe('the typed client', () => {
  it('has a hand-built path for every declared route, and no other', () => {
    expect(routes.map(([key]) => key).sort()).toEqual(Object.keys(HAND_BUILT).sort());
  });

  it.each(routes)('fills %s with encoded ids as the features did by hand', (key, route) => {
    for (const value of AWKWARD) {
      const params = paramsOf(route, value);
      expect(routeUrl(route, { params })).toBe(HAND_BUILT[key]?.(params));
    }
  });

  it.each(routes)('%s: the server reads back the very ids the client put in the URL', async (_, route) => {
    const server = new OpenAPIHono().on(
      route.method.toUpperCase(),
      route.path.replace(/\{(\w+)\}/g, ':$1'),
      (c) => c.json(c.req.param()),
    );
    for (const value of AWKWARD) {
      const params = paramsOf(route, value);
      const response = await server.request(routeUrl(route, { params }), {
        method: route.method.toUpperCase(),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(params);
    }
  });

  it('serialises the query, leaving out what is undefined and encoding what is awkward', () => {
    const filters = JSON.stringify([{ column: 'a&b', operator: 'eq', value: '1=2 #3' }]);
    const url = routeUrl(declaredRoutes.rows.list, {
      params: { id: 'a/b' },
      query: { limit: 100, offset: 200, filters, sorts: undefined, search: 'x y' },
    });
    expect(url.startsWith('/tables/a%2Fb/rows?')).toBe(true);
    const query = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect([...query.keys()]).toEqual(['limit', 'offset', 'filters', 'search']);
    expect(query.get('filters')).toBe(filters);
    expect(query.get('search')).toBe('x y');
    expect(routeUrl(declaredRoutes.tables.list, { query: { search: undefined } })).toBe('/tables');
  });

  it('refuses to call a route with a path parameter missing', () => {
    expect(() => routeUrl(tableApi.get, { params: {} })).toThrow(/missing path parameter id/);
  });

  it('types each call by its declaration', () => {
    // Compile-time checks: tsc fails if a declaration stops requiring what it needs.
    const ok: CallInput<typeof tableApi.update> = { params: { id: 't' }, body: { name: 'New' } };
    // @ts-expect-error the table id is required
    const noParams: CallInput<typeof tableApi.get> = {};
    // @ts-expect-error a table update needs a body
    const noBody: CallInput<typeof tableApi.update> = { params: { id: 't' } };
    expect([ok, noParams, noBody]).toHaveLength(3);
  });

  it('sends a file only to a route declared with a file body, and JSON only to the others', () => {
    // Compile-time checks, never called: uploads go through uploadRoute, JSON bodies through callRoute.
    const file = new Blob([]) as File;
    const calls = () => [
      uploadRoute(documentApi.upload, { file }),
      // @ts-expect-error an upload route takes a file, not a JSON call
      callRoute(documentApi.upload, {}),
      // @ts-expect-error a JSON route takes no file
      uploadRoute(tableApi.create, { file, body: { name: 'T' } }),
    ];
    expect(calls).toBeTypeOf('function');
  });
});
