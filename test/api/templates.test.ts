import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/contract/history.ts';
import type { Table } from '../../src/contract/tables.ts';
import type { TemplateList } from '../../src/contract/templates.ts';
import { call, createTable, insertRows } from '../support/api.ts';
import { allRows } from '../support/io.ts';

const list = async (query = '') =>
  (await call<TemplateList>('GET', `/tables/templates${query}`)).body.templates;

describe('templates', () => {
  it('lists the system templates with AI columns where they help, by category and scope', async () => {
    const system = await list('?scope=system');
    expect(system.map((template) => template.name)).toEqual([
      'Company research',
      'Lead enrichment',
      'Customer feedback triage',
      'Document extraction',
      'Content calendar',
      'Budget tracker',
      'Sprint planning',
      'Personal reading list',
    ]);
    expect(system.every((template) => template.scope === 'system' && template.description)).toBe(true);
    const triage = system.find((template) => template.name === 'Customer feedback triage');
    expect(triage?.columns.find((column) => column.name === 'sentiment')).toMatchObject({
      dataType: 'ai',
      config: {
        labels: ['positive', 'neutral', 'negative'],
        prompt: expect.stringContaining('{feedback}'),
        outputFormat: 'label',
      },
    });
    expect((await list('?category=pm')).map((template) => template.name)).toEqual(['Sprint planning']);
    expect((await list('?category=finance')).map((template) => template.name)).toEqual(['Budget tracker']);
    expect((await call('GET', '/tables/templates?category=sports')).status).toBe(400);
  });

  it('creates a table from a template, with its sample rows when asked, through history', async () => {
    const [research] = await list('?scope=system');
    const bare = await call<Table>('POST', '/tables', { name: 'Prospects', templateId: research?.id });
    expect(bare.status).toBe(201);
    expect(bare.body).toMatchObject({ name: 'Prospects', source: 'template', rowCount: 0 });
    expect(bare.body.columns.map((column) => column.name)).toEqual(
      research?.columns.map((column) => column.name),
    );

    const withRows = await call<Table>('POST', '/tables', {
      name: 'Q3 Budget',
      projectId: 'proj-budget',
      templateId: (await list('?category=finance'))[0]?.id,
      includeSampleData: true,
    });
    expect(withRows.body).toMatchObject({ projectId: 'proj-budget', rowCount: 3 });
    const rows = await allRows(withRows.body.id);
    expect(rows[0]).toMatchObject({
      item: 'Design tools',
      planned: 600,
      paid: true,
      month: '2026-04-01T00:00:00.000Z',
    });
    const history = await call<HistoryEntry[]>('GET', `/tables/${withRows.body.id}/history`);
    expect(history.body.filter((entry) => entry.action === 'create')).toHaveLength(3);

    expect(
      (await call('POST', '/tables', { name: 'X', templateId: '01900000-0000-7000-8000-000000000000' }))
        .status,
    ).toBe(404);
    expect((await call('POST', '/tables', { name: 'X', templateId: 'tpl-nope' })).status).toBe(404);
  });

  it('saves a table as a user template with its first 5 rows, and makes tables from it', async () => {
    const table = await createTable(
      [
        { name: 'story', dataType: 'text', required: true },
        { name: 'points', dataType: 'number' },
        { name: 'status', dataType: 'select', config: { options: ['todo', 'done'] }, defaultValue: 'todo' },
      ],
      'Board',
    );
    await insertRows(
      table.id,
      Array.from({ length: 7 }, (_, i) => ({ story: `Story ${i + 1}`, points: i })),
    );
    const saved = await call<{ id: string; name: string }>('POST', '/tables/templates', {
      tableId: table.id,
      name: 'Sprint Planning Board',
      category: 'pm',
      includeSampleData: true,
    });
    expect(saved.status).toBe(201);
    expect(saved.body.name).toBe('Sprint Planning Board');
    const mine = (await list('?scope=user')).find((template) => template.id === saved.body.id);
    expect(mine).toMatchObject({ scope: 'user', category: 'pm', name: 'Sprint Planning Board' });
    expect(mine?.sampleRows).toHaveLength(5);
    expect(mine?.columns.find((column) => column.name === 'status')).toMatchObject({
      defaultValue: 'todo',
      config: { options: ['todo', 'done'] },
    });
    expect((await list('?category=pm')).map((template) => template.name)).toContain('Sprint Planning Board');

    const copy = await call<Table>('POST', '/tables', {
      name: 'Sprint 12',
      templateId: saved.body.id,
      includeSampleData: true,
    });
    expect(copy.body.rowCount).toBe(5);
    expect((await allRows(copy.body.id)).map((row) => row.story)).toEqual([
      'Story 1',
      'Story 2',
      'Story 3',
      'Story 4',
      'Story 5',
    ]);

    const noRows = await call<{ id: string }>('POST', '/tables/templates', {
      tableId: table.id,
      name: 'Empty board',
    });
    expect(
      (await list('?scope=user')).find((template) => template.id === noRows.body.id)?.sampleRows,
    ).toEqual([]);
    expect(
      (
        await call('POST', '/tables/templates', {
          tableId: '01900000-0000-7000-8000-000000000000',
          name: 'x',
        })
      ).status,
    ).toBe(404);
    expect((await call('POST', '/tables/templates', { tableId: table.id })).status).toBe(400);
  });
});
