import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { startServer } from '../support/server-process.ts';

/** An embedded store belongs to one process, so this test gets its own; PostgreSQL is shared as in production. */
const storeEnv = () => ({
  ...(onEmbeddedStore() ? freshEmbeddedStore() : inject('storeEnv')),
  ...inject('aiEnv'),
});

describe('server lifecycle', () => {
  it('shuts down cleanly on SIGTERM and a restart finds every committed row', {
    timeout: 120_000,
  }, async () => {
    const env = storeEnv();
    const server = await startServer(env);
    onTestFinished(() => void server.stop('SIGKILL'));
    const { baseUrl } = server;
    const table = (
      await call<Table>(
        'POST',
        '/tables',
        { name: 'Durable', columns: [{ name: 'n', dataType: 'number' }] },
        {},
        baseUrl,
      )
    ).body;
    const rows = Array.from({ length: 500 }, (_, n) => ({ data: { n } }));
    const inserted = await call<Row[]>('POST', `/tables/${table.id}/rows`, { rows }, {}, baseUrl);
    expect(inserted.status).toBe(201);
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toMatch(/stopped/);

    const again = await startServer(env);
    try {
      const listed = await call<Row[]>(
        'GET',
        `/tables/${table.id}/rows?limit=1000`,
        undefined,
        {},
        again.baseUrl,
      );
      expect(listed.headers.get('x-total-count')).toBe('500');
      expect(listed.body.map((row) => row.data.n)).toEqual(rows.map((row) => row.data.n));
    } finally {
      await again.stop();
    }
  });

  it('stops on SIGTERM within its grace period after the reader of its log went away', {
    timeout: 120_000,
  }, async () => {
    const env = storeEnv();
    const server = await startServer(env);
    onTestFinished(() => void server.stop('SIGKILL'));
    const table = (await call<Table>('POST', '/tables', { name: 'Piped' }, {}, server.baseUrl)).body;
    server.closeOutput();
    // Writes after the reader left fail with EPIPE: the server must carry on, then stop.
    for (let i = 0; i < 20; i++) await call('GET', '/tables/not-a-table', undefined, {}, server.baseUrl);
    const started = Date.now();
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);

    const again = await startServer(env);
    try {
      const found = await call<Table>('GET', `/tables/${table.id}`, undefined, {}, again.baseUrl);
      expect(found.body.name).toBe('Piped');
    } finally {
      await again.stop();
    }
  });
});

describe('shared PostgreSQL', () => {
  it("lets two servers start together on one database and see each other's writes", async ({ skip }) => {
    if (inject('engine') !== 'postgres') skip();
    const { createTestDatabase } = await import('../support/postgres.ts');
    const database = await createTestDatabase();
    try {
      const [first, second] = await Promise.all([
        startServer({ DATABASE_URL: database.url }),
        startServer({ DATABASE_URL: database.url }),
      ]);
      try {
        const table = (await call<Table>('POST', '/tables', { name: 'Shared' }, {}, first.baseUrl)).body;
        const seen = await call<Table>('GET', `/tables/${table.id}`, undefined, {}, second.baseUrl);
        expect(seen.status).toBe(200);
        expect(seen.body.name).toBe('Shared');
      } finally {
        await Promise.all([first.stop(), second.stop()]);
      }
    } finally {
      await database.drop();
    }
  });
});
