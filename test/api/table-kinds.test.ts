import { describe, expect, it } from 'vitest';
import type { Table, TableSummary } from '../../src/contract/tables.ts';
import { call } from '../support/api.ts';

const create = (body: Record<string, unknown>) =>
  call<Table>('POST', '/tables', { projectId: `test-${crypto.randomUUID()}`, ...body });

describe('table kinds', () => {
  it('stores the kind given at creation and answers it on GET and in the list', async () => {
    const created = await create({
      name: 'Contacts',
      kind: 'people',
      columns: [{ name: 'name', dataType: 'text' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'people', childRelationships: [], parentRelationships: [] });
    const found = await call<Table>('GET', `/tables/${created.body.id}`);
    expect(found.body.kind).toBe('people');
    const listed = await call<TableSummary[]>('GET', `/tables?projectId=${created.body.projectId}`);
    expect(listed.body.map((table) => table.kind)).toEqual(['people']);
  });

  it('makes a generic table when no kind is given, and refuses an unknown kind', async () => {
    expect((await create({ name: 'Plain' })).body.kind).toBe('generic');
    const refused = await create({ name: 'Odd', kind: 'animals' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('kind');
  });
});
