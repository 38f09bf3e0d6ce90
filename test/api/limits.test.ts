import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Table } from '../../src/contract/tables.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { type ServerProcess, startServer } from '../support/server-process.ts';

/** An embedded store belongs to one process, so this server gets its own; PostgreSQL is shared. */
const storeEnv = () => (onEmbeddedStore() ? freshEmbeddedStore() : inject('storeEnv'));

/**
 * One server with tight limits. Behind a "proxy" (TRUST_PROXY), each test names its own client in
 * X-Forwarded-For, so the rate limit of one does not spill into another.
 */
let server: ServerProcess;
let clients = 0;
const client = () => ({ 'X-Forwarded-For': `203.0.113.9, 198.51.100.${++clients}` });

beforeAll(async () => {
  server = await startServer({
    ...storeEnv(),
    TRUST_PROXY: 'true',
    RATE_LIMIT_PER_SECOND: '1',
    RATE_LIMIT_BURST: '20',
    MAX_PAGE_ROWS: '10',
    MAX_BATCH_ROWS: '3',
    MAX_FILTERS: '1',
    MAX_SORTS: '1',
  });
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

const api = <T>(method: string, path: string, body?: unknown, headers = client()) =>
  call<T>(method, path, body, headers, server.baseUrl);

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client has spent its burst, and only that client', async () => {
    const mine = client();
    const statuses: number[] = [];
    for (let n = 0; n < 25; n++) statuses.push((await api('GET', '/projects', undefined, mine)).status);
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const refused = await api<{ error: string }>('GET', '/projects', undefined, mine);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.error).toMatch(/Too many requests/);
    // Another client, and the health check, are not held back.
    expect((await api('GET', '/projects')).status).toBe(200);
    expect((await api('GET', '/health', undefined, mine)).status).toBe(200);
  });
});

describe('request limits', () => {
  let table: Table;
  beforeAll(async () => {
    table = (
      await api<Table>('POST', '/tables', { name: 'Limited', columns: [{ name: 'n', dataType: 'number' }] })
    ).body;
  });

  it('refuses a page, a batch, filters and sorts beyond the configured limits, naming them', async () => {
    const rows = `/tables/${table.id}/rows`;
    const page = await api<{ details: Array<{ path: string; message: string }> }>('GET', `${rows}?limit=11`);
    expect(page.status).toBe(400);
    expect(page.body.details).toEqual([{ path: 'limit', message: 'At most 10 rows per page' }]);
    expect((await api('GET', `${rows}?limit=10`)).status).toBe(200);

    const four = [1, 2, 3, 4].map((n) => ({ data: { n } }));
    const batch = await api<{ details: Array<{ path: string }> }>('POST', rows, { rows: four });
    expect(batch.status).toBe(400);
    expect(batch.body.details[0]?.path).toBe('rows');
    const listed = await api('GET', rows);
    expect(listed.headers.get('x-total-count')).toBe('0');
    expect((await api('POST', rows, { rows: four.slice(0, 3) })).status).toBe(201);
    const ids = ['a', 'b', 'c', 'd'];
    expect((await api('POST', `${rows}/delete`, { ids })).status).toBe(400);

    const filter = { column: 'n', operator: 'gt', value: 0 };
    const filters = encodeURIComponent(JSON.stringify([filter, filter]));
    expect((await api('GET', `${rows}?filters=${filters}`)).status).toBe(400);
    const sorts = encodeURIComponent(JSON.stringify([{ column: 'n' }, { column: 'n', direction: 'desc' }]));
    expect((await api('GET', `${rows}?sorts=${sorts}`)).status).toBe(400);
    expect(
      (await api('GET', `${rows}?sorts=${encodeURIComponent(JSON.stringify([{ column: 'n' }]))}`)).status,
    ).toBe(200);
  });
});

describe('response headers', () => {
  it('sends security headers on the app and the API, and keeps API answers out of caches', async () => {
    for (const path of ['/', '/api/projects']) {
      const response = await fetch(`${server.baseUrl}${path}`, { headers: client() });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      // Image columns show thumbnails of any http(s) address people store.
      expect(csp).toMatch(/img-src [^;]*https:/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
    const api = await fetch(`${server.baseUrl}/api/projects`, { headers: client() });
    expect(api.headers.get('cache-control')).toBe('no-store');
  });

  it('gives every answer a request id, keeping a well-formed one the caller sent', async () => {
    const first = await fetch(`${server.baseUrl}/api/projects`, { headers: client() });
    const second = await fetch(`${server.baseUrl}/api/nowhere`, { headers: client() });
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    const traced = await fetch(`${server.baseUrl}/api/projects`, {
      headers: { ...client(), 'X-Request-Id': 'trace-42' },
    });
    expect(traced.headers.get('x-request-id')).toBe('trace-42');
    const forged = await fetch(`${server.baseUrl}/api/projects`, {
      headers: { ...client(), 'X-Request-Id': 'bad id; "quoted"' },
    });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
