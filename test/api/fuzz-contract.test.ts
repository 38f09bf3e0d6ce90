import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Table } from '../../src/contract/tables.ts';
import { call, createTable, insertRows } from '../support/api.ts';
import { arbitraryFor, type Schema } from '../support/openapi-arbitraries.ts';

/**
 * Property-based tests of every endpoint the OpenAPI document (built from the zod contract) lists:
 * arbitrary and malformed bodies, query strings and headers. Whatever comes in, the server answers
 * (no hang), never with a 5xx, and a refused write changes nothing. FUZZ_RUNS sets the cases per
 * endpoint (default 10; the whole file stays well under a minute), FUZZ_SEED another sequence of
 * cases, FUZZ_VERBOSE=1 prints how many answers had each status.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  components?: { schemas?: Record<string, Schema> };
}

interface Case {
  path: string;
  query: string;
  body: string | undefined;
  headers: Record<string, string>;
}

const malformedBodies = fc.constantFrom(
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '{"a":',
  '\u0000',
  '{}',
  '[{}]',
  '1e999',
);
const contentTypes = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  fc.constantFrom(
    'application/json; charset=utf-8',
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    '',
  ),
);
const extraHeaders = fc.record(
  {
    'X-Request-Id': fc.string({ maxLength: 300 }).map((s) => s.replace(/[^\x20-\x7e]/g, 'x')),
    Accept: fc.constantFrom('*/*', 'text/html', 'application/xml', ''),
    'If-None-Match': fc.constantFrom('*', '"x"', 'W/"1"'),
  },
  { requiredKeys: [] },
);

describe('every endpoint of the contract, fuzzed', () => {
  let doc: OpenApi;
  let table: Table;
  let rowId: string;
  const version = async () =>
    (await call<{ version: number }>('GET', `/tables/${table.id}/status`)).body.version;

  beforeAll(async () => {
    doc = (await (await fetch(`${inject('baseUrl')}/api/openapi.json`)).json()) as OpenApi;
    table = await createTable([
      { name: 'name', dataType: 'text' },
      { name: 'n', dataType: 'number' },
      { name: 'tier', dataType: 'select', config: { options: ['a', 'b'] } },
    ]);
    rowId =
      (
        await insertRows(table.id, [
          { name: 'Ada', n: 1 },
          { name: 'Bob', n: 2 },
        ])
      )[0]?.id ?? '';
  });

  const resolve = (ref: string): Schema =>
    doc.components?.schemas?.[ref.replace('#/components/schemas/', '')] ?? {};

  /** A value for a path parameter: the fixture's real id (to reach the handler) or anything at all. */
  function pathValue(name: string, method: string, path: string): fc.Arbitrary<string> {
    const real: Record<string, string> = {
      id: table.id,
      rowId,
      columnId: table.columns[0]?.id ?? 'x',
      column: 'name',
    };
    const nasty = fc.oneof(
      fc.string({ minLength: 1, maxLength: 30 }),
      fc.constantFrom('0', '-1', 'null', '..', '%', 'é'),
    );
    // The fixture survives: deletes of a whole table or project only get made-up ids.
    const keep = method === 'delete' && /^\/(tables|projects)\/\{id\}$/.test(path);
    return real[name] && !keep ? fc.oneof({ weight: 4, arbitrary: fc.constant(real[name]) }, nasty) : nasty;
  }

  function caseFor(path: string, method: string, operation: Operation): fc.Arbitrary<Case> {
    const parameters = operation.parameters ?? [];
    const pathParams = parameters.filter((p) => p.in === 'path');
    const queryParams = parameters.filter((p) => p.in === 'query');
    const json = operation.requestBody?.content['application/json']?.schema;
    const body: fc.Arbitrary<string | undefined> =
      json !== undefined
        ? fc.oneof(
            { weight: 4, arbitrary: arbitraryFor(json, resolve).map((value) => JSON.stringify(value)) },
            { weight: 1, arbitrary: malformedBodies },
          )
        : fc.oneof(fc.constant(undefined), malformedBodies);
    const query = fc
      .tuple(
        fc.record(
          Object.fromEntries(
            queryParams.map((p) => [
              p.name,
              fc.oneof(
                arbitraryFor(p.schema, resolve).map((v) =>
                  typeof v === 'string' ? v : (JSON.stringify(v) ?? ''),
                ),
                fc.constantFrom('', '[', '-1', '1e9', 'NaN', '[{"column":"n","operator":"in","value":"x"}]'),
              ),
            ]),
          ),
          { requiredKeys: [] },
        ),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 }),
      )
      .map(([declared, extra]) => {
        const given = Object.entries(declared).filter(
          (entry): entry is [string, string] => entry[1] !== undefined,
        );
        return new URLSearchParams({ ...extra, ...Object.fromEntries(given) }).toString();
      });
    const filledPath = fc
      .tuple(...pathParams.map((p) => pathValue(p.name, method, path)))
      .map((values) =>
        pathParams.reduce(
          (result, p, i) => result.replace(`{${p.name}}`, encodeURIComponent(values[i] ?? '')),
          path,
        ),
      );
    return fc
      .record({ path: filledPath, query, body, headers: fc.tuple(contentTypes, extraHeaders) })
      .map((c) => ({
        ...c,
        headers: { ...(c.headers[0] ? { 'content-type': c.headers[0] } : {}), ...c.headers[1] },
      }));
  }

  it('answers every generated request, never with a 5xx, and a refused write changes nothing', {
    timeout: 240_000,
  }, async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({
        path: path.replace(/^\/api/, ''),
        method,
        operation: item[method] as Operation,
      })),
    );
    expect(operations.length).toBeGreaterThan(50);
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    for (const { path, method, operation } of operations) {
      // Provider settings are shared by every suite running on this server: only malformed writes there.
      const shared = path.startsWith('/ai/') && WRITES.has(method);
      await fc.assert(
        fc.asyncProperty(caseFor(path, method, operation), async (c) => {
          const body = shared ? '{' : c.body;
          const before = WRITES.has(method) ? await version() : undefined;
          const url = `${inject('baseUrl')}/api${c.path}${c.query ? `?${c.query}` : ''}`;
          const response = await fetch(url, {
            method: method.toUpperCase(),
            headers: c.headers,
            body: method === 'get' ? undefined : body,
            signal: AbortSignal.timeout(20_000),
          });
          const text = await response.text();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          const label = `${method.toUpperCase()} ${c.path}?${c.query} ${JSON.stringify(c.headers)} ${String(body).slice(0, 300)}`;
          if (response.status >= 500) failures.push(`${response.status} ${label} -> ${text.slice(0, 200)}`);
          if (before !== undefined && response.status >= 400 && (await version()) !== before)
            failures.push(`refused write changed the table: ${response.status} ${label}`);
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 17) },
      );
    }
    // The generated requests reach handlers, not only the validators: some succeed.
    if (process.env.FUZZ_VERBOSE) console.log(statuses);
    expect(Object.keys(statuses).some((status) => Number(status) < 300)).toBe(true);
    expect(failures).toEqual([]);
  });
});

describe('cases the fuzzing found', () => {
  it('takes an empty table patch as a change of nothing: 200, same table, same version', async () => {
    const table = await createTable([{ name: 'name', dataType: 'text' }], 'Unchanged');
    const before = (await call<{ version: number }>('GET', `/tables/${table.id}/status`)).body.version;
    const patched = await call<Table>('PATCH', `/tables/${table.id}`, {});
    expect(patched.status).toBe(200);
    expect(patched.body.name).toBe('Unchanged');
    expect((await call<{ version: number }>('GET', `/tables/${table.id}/status`)).body.version).toBe(before);
  });
});
