import { describe, expect, inject, it } from 'vitest';
import { aiColumn, aiTable, fakeRules, idle, run, testModel } from '../support/ai.ts';
import { call, createTable } from '../support/api.ts';

/** The metrics page as text, and one series' value (summed over the series that match). */
async function scrape(): Promise<{ text: string; value: (pattern: RegExp) => number }> {
  const response = await fetch(`${inject('baseUrl')}/api/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  const value = (pattern: RegExp) =>
    text
      .split('\n')
      .filter((line) => pattern.test(line))
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
  return { text, value };
}

describe('GET /api/metrics', () => {
  it('counts and times requests by route pattern and status, not by id', async () => {
    const table = await createTable([{ name: 'name', dataType: 'text' }]);
    const requests = /^ai_tables_http_requests_total\{method="GET",route="\/api\/tables\/:id",status="200"\}/;
    const missing = /^ai_tables_http_requests_total\{method="GET",route="\/api\/tables\/:id",status="404"\}/;
    const before = await scrape();
    await call('GET', `/tables/${table.id}`);
    await call('GET', `/tables/${table.id}`);
    await call('GET', '/tables/no-such-table');
    const after = await scrape();
    expect(after.value(requests) - before.value(requests)).toBeGreaterThanOrEqual(2);
    expect(after.value(missing) - before.value(missing)).toBeGreaterThanOrEqual(1);
    expect(after.text).not.toContain(table.id);
    expect(after.text).toMatch(
      /^ai_tables_http_request_duration_seconds_bucket\{method="GET",route="\/api\/tables\/:id",le="\+Inf"\} \d+$/m,
    );
    expect(after.text).toMatch(/^ai_tables_http_requests_in_flight \d+$/m);
    expect(after.text).toMatch(
      /^ai_tables_store_operation_duration_seconds_count\{engine="(pglite|postgres)",kind="\w+"\} \d+$/m,
    );
  });

  it('reports model calls, tokens, and AI cells by status with the queue depth', async () => {
    const model = testModel('metrics');
    await fakeRules([{ model, reply: { value: 'fine' } }]);
    const { table } = await aiTable(
      [{ name: 'company', dataType: 'text' }, aiColumn('note', model, { prompt: 'About {company}' })],
      [{ company: 'Acme' }, { company: 'Globex' }],
    );
    const calls = /^ai_tables_provider_calls_total\{provider="[^"]+",outcome="ok"\}/;
    const done = /^ai_tables_ai_cells\{status="done"\}/;
    const before = await scrape();
    await run(table.id);
    await idle(table.id);
    const after = await scrape();
    expect(after.value(calls) - before.value(calls)).toBeGreaterThanOrEqual(2);
    expect(after.value(done) - before.value(done)).toBeGreaterThanOrEqual(2);
    expect(after.value(/^ai_tables_provider_tokens_total\{/)).toBeGreaterThan(0);
    expect(after.text).toMatch(/^ai_tables_ai_queue_depth \d+$/m);
  });
});
