import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { V1Row, V1TableData } from '../../src/contract/v1/rows.ts';
import type { V1TableHeader } from '../../src/contract/v1/tables.ts';
import { fakeCalls, fakeRules, testModel } from '../support/ai.ts';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { eventually } from '../support/eventually.ts';
import { type ServerProcess, startServer } from '../support/server-process.ts';
import { v1 } from '../support/v1.ts';

const searx = () => inject('fakeProviderUrl').replace(/\/v1$/, '');

describe('/v1 research agent types, with web search configured', () => {
  let server: ServerProcess;
  const reasoner = testModel('reasoner');
  let drop = async () => undefined as unknown;
  beforeAll(async () => {
    const store = onEmbeddedStore()
      ? { env: freshEmbeddedStore(), drop: async () => undefined }
      : await (await import('../support/postgres.ts'))
          .createTestDatabase()
          .then((db) => ({ env: { DATABASE_URL: db.url }, drop: db.drop }));
    drop = store.drop;
    server = await startServer({
      ...store.env,
      ...inject('aiEnv'),
      AI_CALL_TIMEOUT_MS: '15000',
      SEARXNG_URL: searx(),
      AI_TABLES_REASONING_MODEL: reasoner,
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await drop();
  });

  /** A one-agent table, one row, run; the row once the table is idle. */
  async function answer(agentType: string, prompt: string): Promise<V1Row> {
    const created = await v1<V1TableHeader>(
      'POST',
      '/tables',
      {
        kind: 'generic',
        column_configs: [
          { kind: 'input', name: 'Company', key: 'company' },
          { kind: 'agent', name: 'Answer', key: 'answer', value: { agent_type: agentType, prompt } },
        ],
      },
      {},
      server.baseUrl,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const tableId = created.body.id;
    await v1(
      'POST',
      `/tables/${tableId}/rows`,
      { rows: [{ data: { company: 'Acme' } }], run: true },
      {},
      server.baseUrl,
    );
    const data = await eventually(async () => {
      const page = (await v1<V1TableData>('GET', `/tables/${tableId}/data`, undefined, {}, server.baseUrl))
        .body;
      return page.status.run_status === 'idle' ? page : undefined;
    }, 30_000);
    return data.rows[0] as V1Row;
  }

  it('research_pro searches deeper than research: past six steps to its answer', {
    timeout: 60_000,
  }, async () => {
    const marker = `v1-pro-${crypto.randomUUID()}`;
    await fakeRules([
      { match: marker, toolCall: { name: 'web_search', arguments: { query: 'Acme history' } }, times: 8 },
      { match: marker, reply: { value: 'Founded in 1990' } },
    ]);
    const row = await answer('research_pro', `When was {company} founded? ${marker}`);
    expect(row.data.answer).toMatchObject({ status: 'done', value: 'Founded in 1990' });
    // One conversation: eight searches, then the answer (research stops at six and starts over).
    const last = (await fakeCalls('fake-default')).filter((call) => call.prompt.includes(marker)).at(-1);
    expect(last?.conversation.filter((message) => message.startsWith('tool:'))).toHaveLength(8);
  });

  it('linkedin keeps its research on linkedin.com: other pages are not read, other results not shown', {
    timeout: 60_000,
  }, async () => {
    const marker = `v1-linkedin-${crypto.randomUUID()}`;
    await fakeRules([
      { match: marker, toolCall: { name: 'web_search', arguments: { query: 'Acme CEO' } }, times: 1 },
      { match: marker, toolCall: { name: 'read_page', arguments: { url: `${searx()}/page/1` } }, times: 1 },
      { match: marker, reply: { value: 'Ada Lovelace' } },
    ]);
    const row = await answer('linkedin', `Who runs {company}? ${marker}`);
    expect(row.data.answer).toMatchObject({ status: 'done', value: 'Ada Lovelace' });
    const last = (await fakeCalls('fake-default')).filter((call) => call.prompt.includes(marker)).at(-1);
    const conversation = last?.conversation.join('\n') ?? '';
    // The fake search answers pages on 127.0.0.1 only: none is on linkedin.com, so none is shown.
    expect(conversation).not.toContain('/page/2');
    expect(conversation).toContain('Only pages on linkedin.com can be read by this agent.');
  });

  it('research_reasoning runs on the reasoning model when one is configured', {
    timeout: 60_000,
  }, async () => {
    const marker = `v1-reasoning-${crypto.randomUUID()}`;
    await fakeRules([{ model: reasoner, reply: { value: 'Thought it through' } }]);
    const row = await answer('research_reasoning', `Why does {company} matter? ${marker}`);
    expect(row.data.answer).toMatchObject({ status: 'done', value: 'Thought it through' });
    expect((await fakeCalls(reasoner)).some((call) => call.prompt.includes(marker))).toBe(true);
  });
});
