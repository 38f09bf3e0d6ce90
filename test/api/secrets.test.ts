import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Provider } from '../../src/contract/providers.ts';
import type { Table } from '../../src/contract/tables.ts';
import type { Trigger } from '../../src/contract/triggers.ts';
import { aiColumn, fakeCalls, idle, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { eventually } from '../support/eventually.ts';
import { rawQuery } from '../support/raw-store.ts';
import { startServer, tempDataDir } from '../support/server-process.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

const PROVIDER_KEY = 'sk-vault-4f9a1c2e7b3d5a6e';
const HOOK_TOKEN = 'hook-token-8d2c6b1a9e7f';

/** A store of this test's own, so it can be read raw and the server restarted on it. */
async function ownStore(): Promise<Record<string, string>> {
  if (onEmbeddedStore()) return freshEmbeddedStore();
  const database = await (await import('../support/postgres.ts')).createTestDatabase();
  onTestFinished(() => database.drop());
  return { DATABASE_URL: database.url, DATA_DIR: tempDataDir() };
}

/** Every file under a folder: the embedded store as it lies on disk. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

// Reads the store raw with PGlite or a PostgreSQL client: the native embedded store is PostgreSQL, which
// the api-postgres suite covers; api-pglite covers the embedded folder.
describe.skipIf(inject('engine') === 'embedded')('secrets at rest', () => {
  it('provider keys and webhook headers are encrypted in the store, never returned by the API, never logged', {
    timeout: 120_000,
  }, async () => {
    const receiver = await startReceiver();
    onTestFinished(() => receiver.close());
    const env = { ...(await ownStore()), ...inject('aiEnv') };
    let server = await startServer(env);
    onTestFinished(() => void server.stop());
    const send = <T>(method: string, path: string, body?: unknown) =>
      call<T>(method, path, body, {}, server.baseUrl);

    const created = await send<Provider>('POST', '/ai/providers', {
      id: 'vault',
      kind: 'openai-compatible',
      name: 'Vault',
      baseUrl: inject('fakeProviderUrl'),
      apiKey: PROVIDER_KEY,
    });
    expect(created.status).toBe(201);
    const table = (
      await send<Table>('POST', '/tables', {
        name: 'Secrets',
        columns: [{ name: 'n', dataType: 'number' }],
      })
    ).body;
    const trigger = await send<Trigger>('POST', `/tables/${table.id}/triggers`, {
      name: 'Hook',
      triggerEvent: 'row_added',
      actionType: 'webhook',
      actionConfig: { url: receiver.url, headers: { 'X-Token': HOOK_TOKEN } },
    });
    expect(trigger.status).toBe(201);
    // The API names the header but hides its value, in what it answers and in every list.
    expect(trigger.body.actionConfig).toEqual({ url: receiver.url, headers: { 'X-Token': '••••••••' } });
    for (const path of ['/ai/settings', '/ai/providers', `/tables/${table.id}/triggers`]) {
      const text = JSON.stringify((await send('GET', path)).body);
      expect(text).not.toContain(PROVIDER_KEY);
      expect(text).not.toContain(HOOK_TOKEN);
    }

    // Sent back as shown (a rename in the app), the hidden value keeps the stored one.
    const renamed = await send<Trigger>('PATCH', `/tables/${table.id}/triggers/${trigger.body.id}`, {
      name: 'Hook renamed',
      actionConfig: trigger.body.actionConfig,
    });
    expect(renamed.status).toBe(200);
    await send('POST', `/tables/${table.id}/rows`, { rows: [{ data: { n: 1 } }] });
    await eventually(() => receiver.received.length === 1);
    expect(receiver.headers[0]?.['x-token']).toBe(HOOK_TOKEN);

    // The provider is called with the key in plain text.
    const model = testModel('vault');
    const aiTableId = (
      await send<Table>('POST', '/tables', {
        name: 'Vault AI',
        columns: [
          { name: 'q', dataType: 'text' },
          aiColumn('a', model, { prompt: 'Answer {q}', provider: 'vault' }),
        ],
      })
    ).body.id;
    await send('POST', `/tables/${aiTableId}/rows`, { rows: [{ data: { q: 'x' } }] });
    await run(aiTableId, {}, server.baseUrl);
    await idle(aiTableId, server.baseUrl);
    expect((await fakeCalls(model))[0]?.authorization).toBe(`Bearer ${PROVIDER_KEY}`);

    await server.stop();
    expect(server.output()).not.toContain(PROVIDER_KEY);
    expect(server.output()).not.toContain(HOOK_TOKEN);
    const [provider] = await rawQuery<{ api_key: string }>(
      env,
      `SELECT api_key FROM ai_providers WHERE id = 'vault'`,
    );
    expect(provider?.api_key).toMatch(/^enc:v1:/);
    const [hook] = await rawQuery<{ action_config: { headers: Record<string, string> } }>(
      env,
      'SELECT action_config FROM triggers WHERE id = $1',
      [trigger.body.id],
    );
    expect(hook?.action_config.headers['X-Token']).toMatch(/^enc:v1:/);
    const keyFile = join(env.DATA_DIR as string, 'secret.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    if (!env.DATABASE_URL) {
      // Nowhere in the store's files, WAL included, is either secret in plain text.
      for (const file of filesUnder(env.DATA_DIR as string)) {
        const bytes = readFileSync(file);
        expect(bytes.includes(PROVIDER_KEY), file).toBe(false);
        expect(bytes.includes(HOOK_TOKEN), file).toBe(false);
      }
    }

    // Secrets stored in plain text before this version are encrypted at the next start, and still work.
    await rawQuery(env, `UPDATE ai_providers SET api_key = $1 WHERE id = 'vault'`, [`${PROVIDER_KEY}-old`]);
    await rawQuery(
      env,
      `UPDATE triggers SET action_config = jsonb_set(action_config, '{headers,X-Token}', to_jsonb($1::text)) WHERE id = $2`,
      [`${HOOK_TOKEN}-old`, trigger.body.id],
    );
    server = await startServer(env);
    await call('POST', `/tables/${table.id}/rows`, { rows: [{ data: { n: 2 } }] }, {}, server.baseUrl);
    await eventually(() => receiver.received.length === 2);
    expect(receiver.headers[1]?.['x-token']).toBe(`${HOOK_TOKEN}-old`);
    await server.stop();
    const [migrated] = await rawQuery<{ api_key: string }>(
      env,
      `SELECT api_key FROM ai_providers WHERE id = 'vault'`,
    );
    expect(migrated?.api_key).toMatch(/^enc:v1:/);
    const [migratedHook] = await rawQuery<{ text: string }>(
      env,
      'SELECT action_config::text AS text FROM triggers WHERE id = $1',
      [trigger.body.id],
    );
    expect(migratedHook?.text).not.toContain(HOOK_TOKEN);
  });
});
