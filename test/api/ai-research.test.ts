import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { CellDetail } from '../../src/contract/cells.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { startServer } from '../support/server-process.ts';

describe('research columns', () => {
  it('without web search read the pages the row gives, finish done and say they did not search', {
    timeout: 60_000,
  }, async () => {
    // The shared test server has no SEARXNG_URL; research_pro is the /v1 default agent type.
    const website = `${inject('fakeProviderUrl').replace(/\/v1$/, '')}/page/7`;
    const model = testModel('no-search');
    await fakeRules([
      { model, toolCall: { name: 'read_page', arguments: { url: website } }, times: 1 },
      { model, match: '#tools=1', reply: { value: 1990 } },
    ]);
    const { table, rows } = await aiTable(
      [
        { name: 'company', dataType: 'text' },
        { name: 'website', dataType: 'text' },
        aiColumn('founded', model, {
          prompt: 'When was {company} ({website}) founded?',
          outputFormat: 'number',
          agentType: 'research_pro',
        }),
      ],
      [{ company: 'Acme', website }],
    );
    await run(table.id);
    await idle(table.id);
    const detail = await call<CellDetail>('GET', `/tables/${table.id}/rows/${rows[0]?.id}/cells/founded`);
    expect(detail.body.status).toBe('done');
    expect(detail.body.value).toBe(1990);
    expect(detail.body.note).toBe(
      `Answered without web search: no search tool is configured (set SEARXNG_URL). Sources: ${website}`,
    );
    const calls = await fakeCalls(model);
    expect(calls).toHaveLength(2);
    expect(calls[0]?.tools).toEqual(['read_page']);
    expect(calls[1]?.conversation.join('\n')).toContain('Acme was founded in 1990');
  });

  it('preview a research draft without web search as a run would: read pages, answer, say so', async () => {
    const model = testModel('no-search-preview');
    await fakeRules([{ model, reply: { value: 'Oslo' } }]);
    const { table } = await aiTable([{ name: 'company', dataType: 'text' }], [{ company: 'Acme' }]);
    const preview = await call<Array<{ value: unknown; note: string | null; error: string | null }>>(
      'POST',
      `/tables/${table.id}/columns/preview`,
      { config: { prompt: 'Where is {company} based?', model, agentType: 'research' } },
    );
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body[0]).toMatchObject({
      value: 'Oslo',
      error: null,
      note: 'Answered without web search: no search tool is configured (set SEARXNG_URL).',
    });
    expect((await fakeCalls(model))[0]?.tools).toEqual(['read_page']);
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
