import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/contract/projects.ts';
import type { Table } from '../../src/contract/tables.ts';
import { call } from '../support/api.ts';

describe('projects', () => {
  it('creates, lists, renames and deletes a project; its tables are kept, unlinked', async () => {
    const created = await call<Project>('POST', '/projects', { name: 'Sales' });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Sales');
    const table = (await call<Table>('POST', '/tables', { name: 'Leads', projectId: created.body.id })).body;

    const list = await call<Project[]>('GET', '/projects');
    expect(list.body.map((p) => p.id)).toContain(created.body.id);

    const renamed = await call<Project>('PATCH', `/projects/${created.body.id}`, { name: 'Sales EMEA' });
    expect(renamed.body.name).toBe('Sales EMEA');
    expect((await call<Project>('GET', `/projects/${created.body.id}`)).body.name).toBe('Sales EMEA');

    expect((await call('DELETE', `/projects/${created.body.id}`)).status).toBe(204);
    expect((await call('GET', `/projects/${created.body.id}`)).status).toBe(404);
    const kept = await call<Table>('GET', `/tables/${table.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.projectId).toBeNull();
  });

  it('refuses empty names and unknown ids', async () => {
    expect((await call('POST', '/projects', { name: '' })).status).toBe(400);
    expect((await call('POST', '/projects', {})).status).toBe(400);
    expect((await call('PATCH', '/projects/nope', { name: 'x' })).status).toBe(404);
    expect((await call('DELETE', '/projects/00000000-0000-7000-8000-000000000000')).status).toBe(404);
  });
});
