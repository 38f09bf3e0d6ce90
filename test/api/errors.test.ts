import { describe, expect, inject, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/contract/data-types/text.ts';
import type { ErrorBody } from '../../src/contract/errors.ts';
import type { Row } from '../../src/contract/rows.ts';
import { call, callUnder, createTable, insertRows, queryRows } from '../support/api.ts';

describe('error handling', () => {
  it('answers malformed JSON with 400 and a readable error', async () => {
    const table = await createTable([{ name: 'a', dataType: 'text' }]);
    for (const body of ['{bad', '', 'null', '[]', '"text"', '{"rows": "many"}']) {
      const response = await call<{ error: string }>('POST', `/tables/${table.id}/rows`, body);
      expect(response.status, body).toBe(400);
      expect(response.body.error).toEqual(expect.any(String));
    }
  });

  it('answers a JSON body sent as a form (curl -d without a header) with 415 naming the header to send', async () => {
    const body = JSON.stringify({ name: 'Sent as a form', columns: [{ name: 'a', dataType: 'text' }] });
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    for (const [prefix, path] of [
      ['/api', '/tables'],
      ['/api', '/v1/schemas'],
    ] as const) {
      const response = await callUnder<{ error: string }>(prefix, 'POST', path, body, form);
      expect(response.status, path).toBe(415);
      expect(response.body.error).toMatch(/Content-Type: application\/json/);
    }
  });

  it('answers a body over the limit with 413', async () => {
    const table = await createTable([{ name: 'a', dataType: 'text' }]);
    const huge = JSON.stringify({ rows: [{ data: { a: 'x'.repeat(11 * 1024 * 1024) } }] });
    const response = await call<{ error: string }>('POST', `/tables/${table.id}/rows`, huge);
    expect(response.status).toBe(413);
    expect(response.body.error).toMatch(/too large/i);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await call<{ error: string }>('GET', '/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error).toEqual(expect.any(String));
  });

  it('answers hostile values with the status a client can act on, and stores the ones that fit verbatim', async () => {
    const table = await createTable([
      { name: 'n', dataType: 'number' },
      { name: 'd', dataType: 'date' },
      { name: 't', dataType: 'text' },
    ]);
    const injection = "'; DROP TABLE user_tables; --";
    // [value, which columns accept it]; null is accepted by every column, as empty.
    const cases: Array<[unknown, Array<'n' | 'd' | 't'>]> = [
      ['n', ['t']],
      [injection, ['t']],
      ['"quoted"', ['t']],
      [1e308, ['n']],
      [-0, ['n']],
      [[], []],
      [{}, []],
      [{ $gt: 1 }, []],
      [null, ['n', 'd', 't']],
      [true, []],
      ['2026-02-30', ['t']],
      ['2026-02-28', ['d', 't']],
      ['\u0000', []],
      ['x'.repeat(70_000), ['t']],
      ['x'.repeat(MAX_TEXT_LENGTH + 1), []],
    ];
    for (const [value, accepted] of cases) {
      for (const column of ['n', 'd', 't'] as const) {
        const label = `${column} = ${JSON.stringify(value)?.slice(0, 40)}`;
        const response = await call<Row[] & ErrorBody>('POST', `/tables/${table.id}/rows`, {
          rows: [{ data: { [column]: value } }],
        });
        if (accepted.includes(column)) {
          expect(response.status, label).toBe(201);
          const stored = await call<Row>('GET', `/tables/${table.id}/rows/${response.body[0]?.id}`);
          expect(stored.body.data[column], label).toEqual(
            column === 'd' && value ? '2026-02-28T00:00:00.000Z' : value === 0 ? 0 : value,
          );
        } else {
          expect(response.status, label).toBe(400);
          expect(response.body.details?.[0]?.path, label).toBe(`rows[0].data.${column}`);
        }
      }
      const unknown = await call<ErrorBody>('POST', `/tables/${table.id}/rows`, {
        rows: [{ data: { "x'); --": value } }],
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.details?.[0]?.message).toBe('Unknown column "x\'); --"');
    }
    // The injection attempt was stored as text and the catalogue is intact.
    const found = await queryRows(table.id, { filters: [{ column: 't', operator: 'eq', value: injection }] });
    expect(found.body.map((row) => row.data.t)).toEqual([injection]);
    expect((await call('GET', '/tables')).status).toBe(200);
  });

  it('answers filters that cannot apply with 400 naming the filter, and valid ones with rows', async () => {
    const table = await createTable([
      { name: 'n', dataType: 'number' },
      { name: 'd', dataType: 'date' },
      { name: 't', dataType: 'text' },
    ]);
    await insertRows(table.id, [{ n: 5, d: '2026-04-03', t: "it's" }]);
    const expectations: Array<[object, number, string?]> = [
      [{ column: 'n', operator: 'gt', value: 4 }, 200],
      [{ column: 'n', operator: 'gt', value: 'four' }, 400, 'filters[0].value'],
      [{ column: 'n', operator: 'in', value: 5 }, 400, 'filters[0].value'],
      [{ column: 'd', operator: 'eq', value: '2026-04-03' }, 200],
      [{ column: 'd', operator: 'eq', value: '2026-02-30' }, 400, 'filters[0].value'],
      [{ column: 't', operator: 'contains', value: "'" }, 200],
      [{ column: 't', operator: 'starts_with', value: { $gt: '' } }, 400, 'filters[0].value'],
      [{ column: "x'); --", operator: 'eq', value: 1 }, 400, 'filters[0].column'],
      [{ column: 't', operator: 'like', value: 'a' }, 400, 'filters[0].operator'],
    ];
    for (const [filter, status, path] of expectations) {
      const response = await queryRows<ErrorBody>(table.id, { filters: [filter] });
      expect(response.status, JSON.stringify(filter)).toBe(status);
      if (status === 200) expect(response.body).toHaveLength(1);
      else expect(response.body.details?.map((detail) => detail.path)).toContain(path);
    }
    const badPaging = await call<ErrorBody>('GET', `/tables/${table.id}/rows?limit=abc&offset=1.5`);
    expect(badPaging.status).toBe(400);
    expect(badPaging.body.details?.map((detail) => detail.path)).toEqual(['limit', 'offset']);
    const sideways = encodeURIComponent('[{"column":"n","direction":"sideways"}]');
    expect((await call('GET', `/tables/${table.id}/rows?sorts=${sideways}`)).status).toBe(400);
    expect((await call('GET', `/tables/${encodeURIComponent("'; --")}`)).status).toBe(404);
    expect((await call('PATCH', `/tables/${table.id}`, { name: { $gt: 1 } })).status).toBe(400);
  });

  it('serves the OpenAPI document generated from the contract', async () => {
    const response = await call<{ openapi: string; paths: Record<string, unknown> }>('GET', '/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    for (const path of [
      '/tables',
      '/tables/{id}',
      '/tables/{id}/rows',
      '/tables/{id}/rows/{rowId}',
      '/tables/{id}/columns',
      '/tables/{id}/history',
      '/tables/{id}/rows/{rowId}/history',
      '/projects',
      '/documents',
      '/tables/{id}/import',
      '/tables/import',
      '/imports/{importId}',
      '/imports/{importId}/errors',
      '/tables/{id}/export',
      '/tables/templates',
    ]) {
      expect(Object.keys(response.body.paths)).toContain(`/api${path}`);
    }
  });

  it('reports health with the engine in use', async () => {
    const response = await call<{ status: string; engine: string }>('GET', '/health');
    expect(response.status).toBe(200);
    // The native embedded store is PostgreSQL, and says so.
    expect(response.body).toEqual({
      status: 'ok',
      engine: inject('engine') === 'pglite' ? 'pglite' : 'postgres',
    });
  });
});
