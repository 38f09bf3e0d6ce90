import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../src/contract/errors.ts';
import type { Table } from '../../src/contract/tables.ts';
import type { Trigger } from '../../src/contract/triggers.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call, createTable, insertRows } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';

const COLUMNS = [
  { name: 'full_name', displayName: 'Full name', dataType: 'text' as const },
  { name: 'city', displayName: 'City', dataType: 'text' as const },
];

const promptOf = async (tableId: string, name: string) =>
  (await call<Table>('GET', `/tables/${tableId}`)).body.columns.find((column) => column.name === name)?.config
    .prompt;

describe('prompts name columns as people see them', () => {
  it('reads {Full name} like {full_name}, in prompts and in what goes stale', async () => {
    const model = testModel('labels');
    await fakeRules([{ model, reply: { value: 'Hello' } }]);
    const { table, rows } = await aiTable(
      [...COLUMNS, aiColumn('greeting', model, { prompt: 'Greet {Full name} of {city}' })],
      [{ full_name: 'Ada Lovelace', city: 'London' }],
    );
    await run(table.id);
    await idle(table.id);
    const [sent] = await fakeCalls(model);
    expect(sent?.prompt).toContain('Greet "Ada Lovelace" of "London"');

    // An edit of the column named by its display name makes the answer stale.
    const [row] = await rowsOf(table.id);
    await call('PATCH', `/tables/${table.id}/rows/${rows[0]?.id}`, {
      data: { ...row?.data, full_name: 'Grace Hopper' },
    });
    const [edited] = await rowsOf(table.id);
    expect(edited?.cells?.greeting?.stale).toBe(true);
  });

  it('keeps prompts working when a column is renamed, in the style each reference was written in', async () => {
    const table = await createTable([
      ...COLUMNS,
      { name: 'greeting', dataType: 'ai', config: { prompt: 'Greet {Full name} ({full_name}) of {City}' } },
    ]);
    const relabel = await call('PATCH', `/tables/${table.id}/columns/full_name`, { displayName: 'Name' });
    expect(relabel.status, JSON.stringify(relabel.body)).toBe(200);
    expect(await promptOf(table.id, 'greeting')).toBe('Greet {Name} ({full_name}) of {City}');
    const rekey = await call('PATCH', `/tables/${table.id}/columns/full_name`, { name: 'person' });
    expect(rekey.status, JSON.stringify(rekey.body)).toBe(200);
    expect(await promptOf(table.id, 'greeting')).toBe('Greet {Name} ({person}) of {City}');
  });

  it('refuses a name that is no column, and a display name two columns share', async () => {
    const unknown = await call<ErrorBody>('POST', '/tables', {
      name: 'Unknown',
      projectId: `test-${crypto.randomUUID()}`,
      columns: [...COLUMNS, { name: 'greeting', dataType: 'ai', config: { prompt: 'Greet {Nickname}' } }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details?.[0]?.message).toBe('Unknown column {Nickname} in the prompt');
    const shared = await call<ErrorBody>('POST', '/tables', {
      name: 'Shared',
      projectId: `test-${crypto.randomUUID()}`,
      columns: [
        ...COLUMNS,
        { name: 'town', displayName: 'City', dataType: 'text' },
        { name: 'greeting', dataType: 'ai', config: { prompt: 'Greet {City}' } },
      ],
    });
    expect(shared.status).toBe(400);
  });

  it('fills a trigger template written with display names', async () => {
    const tasks = await createTable([{ name: 'title', dataType: 'text' }]);
    const people = await createTable(COLUMNS);
    const trigger = await call('POST', `/tables/${people.id}/triggers`, {
      name: 'Welcome',
      triggerEvent: 'row_added',
      actionType: 'create_task',
      actionConfig: { tableId: tasks.id, values: { title: 'Welcome {Full name} from {city}' } },
    });
    expect(trigger.status, JSON.stringify(trigger.body)).toBe(201);
    await insertRows(people.id, [{ full_name: 'Ada', city: 'London' }]);
    const [task] = await eventually(async () => {
      const found = await rowsOf(tasks.id);
      return found.length > 0 ? found : undefined;
    });
    expect(task?.data.title).toBe('Welcome Ada from London');

    // Renaming what people see rewrites the template that named the column that way.
    await call('PATCH', `/tables/${people.id}/columns/full_name`, { displayName: 'Name' });
    const [saved] = (await call<Trigger[]>('GET', `/tables/${people.id}/triggers`)).body;
    expect(saved?.actionConfig).toMatchObject({ values: { title: 'Welcome {Name} from {city}' } });
  });
});
