import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { HistoryEntry } from '../../src/contract/history.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import type { TemplateList } from '../../src/contract/templates.ts';
import { aiColumn, fakeCalls, idle, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { tableDigests } from '../support/raw-store.ts';
import { startServer, tempDataDir } from '../support/server-process.ts';

const NODE = join(process.cwd(), 'node_modules', '.bin', 'node');
const PROVIDER_KEY = 'sk-backup-5e1d9c3b7a2f4e60';

/**
 * A fresh store: a folder for the embedded store (an empty one for a restore to fill), or a database of
 * its own (and a folder for its key).
 */
async function freshStore(forRestore = false): Promise<Record<string, string>> {
  if (onEmbeddedStore())
    return forRestore ? { ...inject('storeEnv'), DATA_DIR: tempDataDir() } : freshEmbeddedStore();
  const database = await (await import('../support/postgres.ts')).createTestDatabase();
  onTestFinished(() => database.drop());
  return { DATABASE_URL: database.url, DATA_DIR: tempDataDir() };
}

/** Runs `npm run backup` or `npm run restore` as an operator would, on the store `env` names. */
function script(name: 'backup' | 'restore', env: Record<string, string>, args: string[]): string {
  const result = spawnSync(NODE, [`scripts/${name}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${name} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A folder for a backup, removed after the test (it holds a whole store). */
function backupFolder(): string {
  const parent = mkdtempSync(join(tmpdir(), 'ai-tables-backup-'));
  onTestFinished(() => rmSync(parent, { recursive: true, force: true }));
  return join(parent, 'backup');
}

// `npm run backup` takes an online base backup of the native store, copies PGlite and dumps PostgreSQL.
describe('backup and restore', () => {
  it('a backup taken while the server runs restores every table as it was, secrets readable', {
    timeout: 240_000,
  }, async () => {
    const source = await freshStore();
    let server = await startServer({ ...source, ...inject('aiEnv') });
    onTestFinished(() => void server.stop('SIGKILL'));
    const send = <T>(method: string, path: string, body?: unknown) =>
      call<T>(method, path, body, {}, server.baseUrl);

    // Tables of every kind the templates make, with their rows, history and AI columns; a provider with a key.
    const { templates } = (await send<TemplateList>('GET', '/tables/templates?scope=system')).body;
    for (const template of templates.slice(0, 4))
      expect(
        (
          await send('POST', '/tables', {
            name: template.name,
            templateId: template.id,
            includeSampleData: true,
          })
        ).status,
      ).toBe(201);
    await send('POST', '/ai/providers', {
      id: 'vault',
      kind: 'openai-compatible',
      name: 'Vault',
      baseUrl: inject('fakeProviderUrl'),
      apiKey: PROVIDER_KEY,
    });
    const model = testModel('restored');
    const table = (
      await send<Table>('POST', '/tables', {
        name: 'Numbers',
        columns: [
          { name: 'n', dataType: 'number' },
          aiColumn('a', model, { prompt: 'Say {n}', provider: 'vault' }),
        ],
      })
    ).body;
    await send('POST', `/tables/${table.id}/rows`, {
      rows: Array.from({ length: 200 }, (_, n) => ({ data: { n } })),
    });

    const first = backupFolder();
    expect(script('backup', source, ['--out', first])).toMatch(
      onEmbeddedStore() ? /from the running server/ : /from pg_dump/,
    );
    await server.stop();
    const before = await tableDigests(source);
    expect(Object.keys(before).length).toBeGreaterThan(10);

    const target = await freshStore(true);
    script('restore', target, [first]);
    expect(await tableDigests(target)).toEqual(before);

    // The restored store serves, and its provider key (encrypted, with the key restored beside it) works.
    server = await startServer({ ...target, ...inject('aiEnv') });
    const rows = (await send<Row[]>('GET', `/tables/${table.id}/rows?limit=500`)).body;
    expect(rows).toHaveLength(200);
    await send('POST', `/tables/${table.id}/run`, { rowIds: [rows[0]?.id] });
    await idle(table.id, server.baseUrl);
    expect((await fakeCalls(model))[0]?.authorization).toBe(`Bearer ${PROVIDER_KEY}`);

    // A backup taken in the middle of writes holds whole batches only: each batch is one transaction.
    let acknowledged = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const rows = Array.from({ length: 25 }, (_, n) => ({ data: { n: 1000 + n } }));
        const response = await send('POST', `/tables/${table.id}/rows`, { rows });
        if (response.status === 201) acknowledged++;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before2 = acknowledged;
    const second = backupFolder();
    script('backup', target, ['--out', second]);
    writing = false;
    await writer;
    await server.stop();
    const third = await freshStore(true);
    script('restore', third, [second]);
    server = await startServer({ ...third, ...inject('aiEnv') });
    const { rowCount } = (await send<Table>('GET', `/tables/${table.id}`)).body;
    expect((rowCount - 200) % 25).toBe(0);
    expect(rowCount).toBeGreaterThanOrEqual(200 + before2 * 25);
  });

  it('a backup holds exactly what was committed before it: rows, AI cell states and history', {
    timeout: 240_000,
  }, async () => {
    const source = await freshStore();
    let server = await startServer({ ...source, ...inject('aiEnv') });
    onTestFinished(() => void server.stop('SIGKILL'));
    const send = <T>(method: string, path: string, body?: unknown) =>
      call<T>(method, path, body, {}, server.baseUrl);
    const table = (
      await send<Table>('POST', '/tables', {
        name: 'Kept',
        columns: [{ name: 'n', dataType: 'number' }, aiColumn('a', testModel('kept'), { prompt: 'Say {n}' })],
      })
    ).body;
    const inserted = (
      await send<Row[]>('POST', `/tables/${table.id}/rows`, {
        rows: Array.from({ length: 30 }, (_, n) => ({ data: { n } })),
      })
    ).body;
    await send('POST', `/tables/${table.id}/run`, {});
    await idle(table.id, server.baseUrl, 60_000);
    const edited = inserted[0] as Row;
    expect(
      (await send('PATCH', `/tables/${table.id}/rows/${edited.id}`, { data: { ...edited.data, n: 100 } }))
        .status,
    ).toBe(200);
    /** What a user sees of the table: its rows with their AI cells, its history, one row's history. */
    const look = async () => ({
      rows: (await send<Row[]>('GET', `/tables/${table.id}/rows?limit=500`)).body,
      history: (await send<HistoryEntry[]>('GET', `/tables/${table.id}/history?limit=500`)).body,
      rowHistory: (await send<HistoryEntry[]>('GET', `/tables/${table.id}/rows/${edited.id}/history`)).body,
    });
    const before = await look();
    expect(before.rows).toHaveLength(30);
    expect(before.rows.every((row) => row.cells?.a?.status === 'done')).toBe(true);
    expect(before.rowHistory.length).toBeGreaterThanOrEqual(2);

    const backup = backupFolder();
    script('backup', source, ['--out', backup]);
    // Written after the backup: none of it is in the copy.
    await send('POST', `/tables/${table.id}/rows`, { rows: [{ data: { n: 1000 } }] });
    await send('PATCH', `/tables/${table.id}/rows/${edited.id}`, { data: { ...edited.data, n: 200 } });
    await send('DELETE', `/tables/${table.id}/rows/${inserted[1]?.id}`);
    expect((await look()).rows).toHaveLength(30);
    await server.stop();

    const target = await freshStore(true);
    script('restore', target, [backup]);
    server = await startServer({ ...target, ...inject('aiEnv') });
    expect(await look()).toEqual(before);
  });
});

describe.skipIf(!onEmbeddedStore())('a backup abandoned half-way', () => {
  it('ends the copy without harm: the server serves on and the next backup is whole', {
    timeout: 120_000,
  }, async () => {
    const source = freshEmbeddedStore();
    const server = await startServer({ ...source, ...inject('aiEnv') });
    onTestFinished(() => void server.stop('SIGKILL'));
    onTestFinished((ctx) => {
      if (ctx.task.result?.state === 'fail') console.log('server log:', server.output().slice(-4000));
    });
    // A reader that goes away after the first bytes, as a killed `npm run backup` does.
    await new Promise<void>((resolve) => {
      const socket = connect(`${source.DATA_DIR}.backup.sock`, () => socket.write('dump\n'));
      let received = 0;
      socket.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > 1000) {
          socket.destroy();
          resolve();
        }
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await call('GET', '/health', undefined, {}, server.baseUrl)).status).toBe(200);
    expect(script('backup', source, ['--out', backupFolder()])).toMatch(/from the running server/);
  });
});
