import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { type ServerProcess, startServer } from '../support/server-process.ts';
import { v1 } from '../support/v1.ts';

const storeEnv = () => (onEmbeddedStore() ? freshEmbeddedStore() : inject('storeEnv'));
const TOKEN = 'v1-token-0123456789abcdef';

describe('/v1 on a server started with AI_TABLES_TOKEN', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ ...storeEnv(), ...inject('aiEnv'), AI_TABLES_TOKEN: TOKEN });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('answers 401 with a Bearer challenge and a FastAPI detail, without or with a wrong token', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{}, /^Bearer realm="AI Tables"$/],
      [{ Authorization: `Bearer ${TOKEN}x` }, /error="invalid_token"/],
      [{ Authorization: `Basic ${TOKEN}` }, /^Bearer realm="AI Tables"$/],
    ];
    for (const [headers, challenge] of cases) {
      for (const [method, path] of [
        ['GET', '/tables/00000000-0000-0000-0000-000000000000'],
        ['POST', '/tables'],
      ] as const) {
        const response = await v1<{ detail: string }>(method, path, undefined, headers, server.baseUrl);
        expect(response.status, `${method} ${path}`).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(challenge);
        expect(typeof response.body.detail).toBe('string');
      }
    }
  });

  it('lets the token through to the routes, whose unknown paths answer 404 in the same shape', async () => {
    const response = await v1(
      'GET',
      '/no-such-endpoint',
      undefined,
      { Authorization: `Bearer ${TOKEN}` },
      server.baseUrl,
    );
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'Not Found' });
  });
});

describe('/v1 on a server without a token (the suite server, on loopback)', () => {
  it('is as open as /api: no 401, and an unknown path is a /v1 404 rather than the web app', async () => {
    const response = await v1('GET', '/no-such-endpoint');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ detail: 'Not Found' });
  });
});
