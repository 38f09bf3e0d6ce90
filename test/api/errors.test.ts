import { describe, expect, inject, it } from 'vitest';
import { call, createTable } from '../support/api.ts';

describe('error handling', () => {
  it('answers malformed JSON with 400 and a readable error', async () => {
    const table = await createTable([{ name: 'a', dataType: 'text' }]);
    for (const body of ['{bad', '', 'null', '[]', '"text"', '{"rows": "many"}']) {
      const response = await call<{ error: string }>('POST', `/tables/${table.id}/rows`, body);
      expect(response.status, body).toBe(400);
      expect(response.body.error).toEqual(expect.any(String));
    }
  });

  it('answers a body over the limit with 413', async () => {
    const table = await createTable([{ name: 'a', dataType: 'text' }]);
    const huge = JSON.stringify({ rows: [{ data: { a: 'x'.repeat(11 * 1024 * 1024) } }] });
    const response = await call<{ error: string }>('POST', `/tables/${table.id}/rows`, huge);
    expect(response.status).toBe(413);
    expect(response.body.error).toMatch(/too large/i);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await call<{ error: string }>('GET', '/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error).toEqual(expect.any(String));
  });

  it('never answers 500 or leaks a stack trace for hostile input', async () => {
    const table = await createTable([
      { name: 'n', dataType: 'number' },
      { name: 'd', dataType: 'date' },
      { name: 't', dataType: 'text' },
    ]);
    const hostile: unknown[] = [
      'n',
      "'; DROP TABLE user_tables; --",
      '"quoted"',
      1e308,
      -0,
      [],
      {},
      { $gt: 1 },
      null,
      true,
      '2026-02-30',
      '\u0000',
      'x'.repeat(70_000),
    ];
    const requests: Array<[string, string, unknown?]> = [];
    for (const value of hostile) {
      for (const column of ['n', 'd', 't', "x'); --"]) {
        requests.push(['POST', `/tables/${table.id}/rows`, { rows: [{ data: { [column]: value } }] }]);
        for (const operator of ['eq', 'gt', 'contains', 'in', 'starts_with']) {
          const filters = encodeURIComponent(JSON.stringify([{ column, operator, value }]));
          requests.push(['GET', `/tables/${table.id}/rows?filters=${filters}`]);
        }
      }
      requests.push(['GET', `/tables/${encodeURIComponent(String(value).slice(0, 100))}`]);
      requests.push(['PATCH', `/tables/${table.id}`, { name: value }]);
    }
    requests.push(['GET', `/tables/${table.id}/rows?limit=abc&offset=1.5`]);
    requests.push([
      'GET',
      `/tables/${table.id}/rows?sorts=${encodeURIComponent('[{"column":"n","direction":"sideways"}]')}`,
    ]);
    for (const [method, path, body] of requests) {
      const response = await call<unknown>(method, path, body);
      expect(response.status, `${method} ${path} ${JSON.stringify(body)?.slice(0, 200)}`).toBeLessThan(500);
      expect(String(JSON.stringify(response.body))).not.toMatch(/at .+\.ts:\d+/);
    }
    const tables = await call('GET', `/tables/${table.id}`);
    expect(tables.status).toBe(200);
  });

  it('serves the OpenAPI document generated from the contract', async () => {
    const response = await call<{ openapi: string; paths: Record<string, unknown> }>('GET', '/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    for (const path of [
      '/tables',
      '/tables/{id}',
      '/tables/{id}/rows',
      '/tables/{id}/rows/{rowId}',
      '/tables/{id}/columns',
      '/tables/{id}/history',
      '/tables/{id}/rows/{rowId}/history',
      '/projects',
    ]) {
      expect(Object.keys(response.body.paths)).toContain(`/api${path}`);
    }
  });

  it('reports health with the engine in use', async () => {
    const response = await call<{ status: string; engine: string }>('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', engine: inject('engine') });
  });
});
