import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { CellDetail } from '../../src/contract/cells.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { startServer } from '../support/server-process.ts';

describe('research columns', () => {
  it('fail with what to configure when no web search is set up', async () => {
    const model = testModel('no-search');
    const { table, rows } = await aiTable(
      [
        { name: 'company', dataType: 'text' },
        aiColumn('founded', model, { prompt: 'When was {company} founded?', agentType: 'research' }),
      ],
      [{ company: 'Acme' }],
    );
    await run(table.id);
    await idle(table.id);
    const detail = await call<CellDetail>('GET', `/tables/${table.id}/rows/${rows[0]?.id}/cells/founded`);
    expect(detail.body.status).toBe('failed');
    expect(detail.body.error).toMatch(/no search tool is configured: set SEARXNG_URL/);
    expect(await fakeCalls(model)).toHaveLength(0);
  });

  it('search the web and read pages before answering, and keep the pages read as sources', {
    timeout: 120_000,
  }, async () => {
    const store = onEmbeddedStore()
      ? { env: freshEmbeddedStore(), drop: async () => undefined }
      : await (await import('../support/postgres.ts'))
          .createTestDatabase()
          .then((db) => ({ env: { DATABASE_URL: db.url }, drop: db.drop }));
    onTestFinished(() => store.drop());
    const searx = inject('fakeProviderUrl').replace(/\/v1$/, '');
    const server = await startServer({ ...store.env, ...inject('aiEnv'), SEARXNG_URL: searx });
    onTestFinished(() => void server.stop());
    const model = testModel('research');
    await fakeRules([
      { model, toolCall: { name: 'web_search', arguments: { query: 'Acme founded' } }, times: 1 },
      { model, match: '#tools=1', toolCall: { name: 'read_page', arguments: { url: `${searx}/page/1` } } },
      { model, match: '#tools=2', reply: { value: 1990 } },
    ]);
    const { table } = await aiTable(
      [
        { name: 'company', dataType: 'text' },
        aiColumn('founded', model, {
          prompt: 'When was {company} founded?',
          outputFormat: 'number',
          agentType: 'research',
        }),
      ],
      [{ company: 'Acme' }],
      server.baseUrl,
    );
    await run(table.id, {}, server.baseUrl);
    await idle(table.id, server.baseUrl);
    const [row] = await rowsOf(table.id, server.baseUrl);
    expect(row?.data.founded).toBe(1990);
    expect(row?.cells?.founded?.note).toBe(`Sources: ${searx}/page/1`);
    const calls = await fakeCalls(model);
    expect(calls).toHaveLength(3);
    expect(calls[0]?.tools).toEqual(['web_search', 'read_page']);
  });
});
