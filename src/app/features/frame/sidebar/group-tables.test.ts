import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../contract/projects.ts';
import type { TableSummary } from '../../../../contract/tables.ts';
import { groupTables, NO_PROJECT } from './group-tables.ts';

const at = '2026-04-03T10:00:00.000Z';
const project = (id: string, name: string): Project => ({ id, name, createdAt: at, updatedAt: at });
const table = (id: string, name: string, projectId: string | null): TableSummary => ({
  id,
  name,
  projectId,
  description: null,
  source: 'manual',
  kind: 'generic',
  rowCount: 0,
  version: 0,
  createdAt: at,
  updatedAt: at,
});

const projects = [project('p1', 'Marketing'), project('p2', 'Sales')];
const tables = [table('t1', 'Leads', 'p2'), table('t2', 'Ideas', null), table('t3', 'Campaigns', 'p1')];

describe('groupTables', () => {
  it('groups tables under their projects, then the ones without a project', () => {
    const groups = groupTables(projects, tables, '');
    expect(groups.map((group) => [group.id, group.tables.map((t) => t.id)])).toEqual([
      ['p1', ['t3']],
      ['p2', ['t1']],
      [NO_PROJECT, ['t2']],
    ]);
  });

  it('puts tables of an unknown project under "No project"', () => {
    const groups = groupTables([], [table('t9', 'Orphan', 'gone')], '');
    expect(groups).toEqual([
      { id: NO_PROJECT, project: null, tables: [expect.objectContaining({ id: 't9' })] },
    ]);
  });

  it('keeps only matching tables while searching, dropping empty groups', () => {
    const groups = groupTables(projects, tables, ' LEA ');
    expect(groups.map((group) => [group.id, group.tables.map((t) => t.id)])).toEqual([['p2', ['t1']]]);
  });
});
