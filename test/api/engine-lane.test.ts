import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Table } from '../../src/contract/tables.ts';
import { aiColumn, aiTable, fakeRules, idle, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore } from '../support/embedded-store.ts';
import { eventually } from '../support/eventually.ts';
import { startServer } from '../support/server-process.ts';

const settled = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise.then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

// The native store, reached behind the server's back over its socket: PostgreSQL either way, and a
// store of the test's own whose request pool it can choke.
describe.skipIf(inject('engine') !== 'embedded')('the AI engine keeps connections of its own', () => {
  it('a run finishes while every request connection waits on a lock', { timeout: 120_000 }, async () => {
    const store = freshEmbeddedStore();
    // One request connection: a single request stuck on a lock holds the whole request pool.
    const server = await startServer({ ...store, ...inject('aiEnv'), PG_POOL_SIZE: '1' });
    onTestFinished(() => void server.stop('SIGKILL'));
    const model = testModel('lane');
    await fakeRules([{ model, reply: { value: 'answered' }, delayMs: 100 }]);
    const { table } = await aiTable(
      [{ name: 'n', dataType: 'number' }, aiColumn('answer', model, { prompt: 'Number {n}' })],
      Array.from({ length: 40 }, (_, n) => ({ n })),
      server.baseUrl,
    );
    const other = (
      await call<Table>(
        'POST',
        '/tables',
        { name: 'Locked', columns: [{ name: 'n', dataType: 'number' }] },
        {},
        server.baseUrl,
      )
    ).body;

    const raw = new pg.Client({ host: join(store.DATA_DIR as string, 'postgres'), user: 'postgres' });
    await raw.connect();
    onTestFinished(() => raw.end());
    const [{ storage_name: locked }] = (
      await raw.query('SELECT storage_name FROM user_tables WHERE id = $1', [other.id])
    ).rows;
    await raw.query('BEGIN');
    await raw.query(`LOCK TABLE "${locked}" IN ACCESS EXCLUSIVE MODE`);

    expect((await call('POST', `/tables/${table.id}/run`, {}, {}, server.baseUrl)).status).toBe(202);
    // This read waits for the lock on the request pool's only connection; every request after it waits too.
    const stuck = call('GET', `/tables/${other.id}/rows`, undefined, {}, server.baseUrl);
    const queued = call('GET', `/tables/${table.id}`, undefined, {}, server.baseUrl);
    expect(await settled(queued, 1_000), 'the request pool is choked').toBe(false);

    // The engine claims, calls and writes every cell meanwhile, on its own connections.
    const done = async () =>
      Number(
        (
          await raw.query(
            `SELECT count(*) FROM ai_cells c JOIN user_tables t ON t.id = c.table_id
             WHERE t.id = $1 AND c.status = 'done'`,
            [table.id],
          )
        ).rows[0]?.count,
      );
    await eventually(async () => (await done()) === 40, 60_000);
    expect(await settled(queued, 0)).toBe(false);

    await raw.query('COMMIT');
    expect((await stuck).status).toBe(200);
    expect((await queued).status).toBe(200);
    expect(await idle(table.id, server.baseUrl)).toMatchObject({ num_cells_completed: 40 });
  });
});
