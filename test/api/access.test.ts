import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SignedUrl } from '../../src/contract/access.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { type ServerProcess, startServer, tempDataDir } from '../support/server-process.ts';

/** An embedded store belongs to one process, so these servers get their own; PostgreSQL is shared. */
const storeEnv = () => (onEmbeddedStore() ? freshEmbeddedStore() : inject('storeEnv'));

const TOKEN = 'test-token-0123456789abcdef';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('a server started with AI_TABLES_TOKEN', () => {
  let server: ServerProcess;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.baseUrl}${path}`, { headers });

  beforeAll(async () => {
    server = await startServer({ ...storeEnv(), AI_TABLES_TOKEN: TOKEN });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses every /api and /v1 call without the token: 401 with a Bearer challenge', async () => {
    for (const path of [
      '/api/projects',
      '/api/tables',
      '/api/openapi.json',
      '/v1/tables',
      '/api/v1/tables',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(401);
      expect(response.headers.get('www-authenticate'), path).toMatch(/^Bearer /);
      // /v1 answers in FastAPI's shape ({ detail }), as Extruct does; /api (and Lasso's /api/v1) with { error }.
      const body = (await response.json()) as { error?: string; detail?: string };
      expect(path.startsWith('/v1') ? body.detail : body.error, path).toMatch(/access token/);
    }
    const write = await call('POST', '/tables', { name: 'Sneaky' }, {}, server.baseUrl);
    expect(write.status).toBe(401);
  });

  it('refuses a wrong token, naming the error, and a token of another shape', async () => {
    const wrong = await get('/api/projects', bearer(`${TOKEN}x`));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect((await get('/api/projects', bearer(TOKEN.slice(0, -1)))).status).toBe(401);
    expect((await get('/api/projects', { Authorization: `Basic ${TOKEN}` })).status).toBe(401);
    expect((await get('/api/projects', { Authorization: TOKEN })).status).toBe(401);
  });

  it('answers with the token, and writes made with it are kept', async () => {
    const created = await call<Table>('POST', '/tables', { name: 'Allowed' }, bearer(TOKEN), server.baseUrl);
    expect(created.status).toBe(201);
    const read = await get(`/api/tables/${created.body.id}`, bearer(TOKEN));
    expect(read.status).toBe(200);
  });

  it('keeps the health check and the web app open', async () => {
    expect((await get('/api/health')).status).toBe(200);
    // The SPA's files (or the "not built" page): never a 401, the app itself asks for the token.
    expect((await get('/')).status).not.toBe(401);
  });

  it('signs a download address for a minute; a changed address or signature is refused', async () => {
    const table = await call<Table>(
      'POST',
      '/tables',
      { name: 'Download me' },
      bearer(TOKEN),
      server.baseUrl,
    );
    const path = `/api/tables/${table.body.id}/export?format=csv`;
    expect((await get(path)).status).toBe(401);
    const signed = await call<SignedUrl>(
      'POST',
      '/access/signed-url',
      { path },
      bearer(TOKEN),
      server.baseUrl,
    );
    expect(signed.status).toBe(200);
    expect(signed.body.url).toMatch(/&expires=\d+&signature=[0-9a-f]{64}$/);
    expect((await get(signed.body.url)).status).toBe(200);
    expect((await get(signed.body.url.replace('format=csv', 'format=json'))).status).toBe(401);
    expect((await get(signed.body.url.replace(/.$/, (c) => (c === '0' ? '1' : '0')))).status).toBe(401);
    // A signature is for reading: it does not let a write through.
    const post = await fetch(`${server.baseUrl}${signed.body.url}`, { method: 'POST' });
    expect(post.status).toBe(401);
  });

  it('logs the address it really listens on', () => {
    expect(server.output()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
  });
});

// The store plays no part here: once, on the embedded store, is enough.
describe.runIf(inject('engine') === 'pglite')('listening beyond this machine', () => {
  it('refuses to start on 0.0.0.0 without a token, saying what to set', async () => {
    await expect(startServer({ DATA_DIR: tempDataDir(), HOST: '0.0.0.0' })).rejects.toThrow(
      /AI_TABLES_TOKEN[\s\S]*AI_TABLES_INSECURE_NO_TOKEN/,
    );
  });

  it('starts open only with the explicit opt-out, and says so loudly', { timeout: 120_000 }, async () => {
    const server = await startServer({
      DATA_DIR: tempDataDir(),
      HOST: '0.0.0.0',
      AI_TABLES_INSECURE_NO_TOKEN: 'true',
    });
    try {
      expect(server.output()).toMatch(
        /"level":40[^\n]*INSECURE: listening on 0\.0\.0\.0 with no access token/,
      );
      expect(server.output()).toMatch(/listening on http:\/\/0\.0\.0\.0:\d+/);
      expect((await fetch(`${server.baseUrl}/api/projects`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
