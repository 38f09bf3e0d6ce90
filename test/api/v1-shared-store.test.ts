import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { V1TableData } from '../../src/contract/v1/rows.ts';
import type { V1RunOutput } from '../../src/contract/v1/runs.ts';
import type { V1TableHeader, V1TableWithStatus } from '../../src/contract/v1/tables.ts';
import { fakeCalls, fakeRules } from '../support/ai.ts';
import { eventually } from '../support/eventually.ts';
import { conforms } from '../support/extruct-docs.ts';
import { startServer } from '../support/server-process.ts';
import { v1 } from '../support/v1.ts';

describe('/v1 on two servers sharing one PostgreSQL', () => {
  it('a table made on one is run from the other, each cell called once, finished as both see it', {
    timeout: 120_000,
  }, async ({ skip }) => {
    if (inject('engine') !== 'postgres') skip();
    const { createTestDatabase } = await import('../support/postgres.ts');
    const database = await createTestDatabase();
    onTestFinished(() => database.drop());
    const env = { DATABASE_URL: database.url, ...inject('aiEnv'), AI_TABLES_CONCURRENCY: '4' };
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    onTestFinished(async () => {
      await Promise.all([a.stop(), b.stop()]);
    });
    const marker = `v1-shared-${crypto.randomUUID()}`;
    await fakeRules([{ match: marker, delayMs: 60 }]);

    const created = await v1<V1TableHeader>(
      'POST',
      '/tables',
      {
        kind: 'generic',
        column_configs: [
          { kind: 'input', name: 'Company', key: 'company' },
          {
            kind: 'agent',
            name: 'Pitch',
            key: 'pitch',
            value: { agent_type: 'llm', prompt: `Pitch {company} ${marker}` },
          },
        ],
      },
      {},
      a.baseUrl,
    );
    const tableId = created.body.id;
    const rows = Array.from({ length: 40 }, (_, n) => ({ data: { company: `Company ${n}` } }));
    expect((await v1('POST', `/tables/${tableId}/rows`, { rows }, {}, a.baseUrl)).status).toBe(200);
    const started = await v1<V1RunOutput>('POST', `/tables/${tableId}/run`, { mode: 'all' }, {}, b.baseUrl);
    expect(started.body.num_requested_cells).toBe(40);

    await eventually(async () => {
      const table = (await v1<V1TableWithStatus>('GET', `/tables/${tableId}`, undefined, {}, a.baseUrl)).body;
      return table.status.run_status === 'idle' && table.status.num_cells_in_progress === 0
        ? table
        : undefined;
    }, 60_000);
    const data = (await v1<V1TableData>('GET', `/tables/${tableId}/data`, undefined, {}, b.baseUrl)).body;
    expect(conforms('getTableData', 'TableDataOutput', data)).toBe(true);
    expect(data.status).toMatchObject({ num_rows: 40, num_cells_completed: 40 });
    expect(data.rows.every((row) => row.data.pitch?.status === 'done')).toBe(true);
    const calls = (await fakeCalls('fake-default')).filter((call) => call.prompt.includes(marker));
    expect(new Set(calls.map((call) => call.prompt)).size).toBe(40);
    expect(calls).toHaveLength(40);
    expect(new Set(calls.map((call) => call.instance)).size).toBe(2);
  });
});
