import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/contract/runs.ts';
import type { Trigger } from '../../src/contract/triggers.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, rowsOf, testModel } from '../support/ai.ts';
import { call, insertRows } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';
import { settle } from '../support/webhook-receiver.ts';

const sentiment = (model: string) =>
  aiColumn('sentiment', model, {
    prompt: 'How does {customer} feel? {feedback}',
    outputFormat: 'label',
    labels: ['positive', 'negative'],
  });

describe('triggers: run_workflow', () => {
  it('runs the chosen AI columns on new rows that meet the condition, as a run of origin trigger', async () => {
    const model = testModel('trigger-run');
    await fakeRules([
      { model, match: 'Great', reply: { value: 'positive' } },
      { model, match: 'Awful', reply: { value: 'negative' } },
    ]);
    const { table } = await aiTable(
      [{ name: 'customer', dataType: 'text' }, { name: 'feedback', dataType: 'text' }, sentiment(model)],
      [],
    );
    const created = await call<Trigger>('POST', `/tables/${table.id}/triggers`, {
      name: 'Classify new feedback',
      triggerEvent: 'row_added',
      condition: { column: 'feedback', operator: 'is_not_empty' },
      actionType: 'run_workflow',
      actionConfig: { columns: ['sentiment'] },
    });
    expect(created.status).toBe(201);
    await insertRows(table.id, [
      { customer: 'Acme', feedback: 'Great support' },
      { customer: 'Globex', feedback: 'Awful wait times' },
      { customer: 'Initech' },
    ]);
    const rows = await eventually(async () => {
      const found = await rowsOf(table.id);
      return found.filter((row) => row.data.sentiment).length === 2 ? found : undefined;
    });
    expect(rows.map((row) => row.data.sentiment)).toEqual(['positive', 'negative', null]);
    const runs = (await call<Run[]>('GET', `/tables/${table.id}/runs`)).body;
    expect(runs).toHaveLength(2);
    expect(
      runs.every((run) => run.origin === 'trigger' && run.createdBy === 'trigger:Classify new feedback'),
    ).toBe(true);
    const trigger = (await call<Trigger[]>('GET', `/tables/${table.id}/triggers`)).body[0];
    expect(trigger).toMatchObject({ fireCount: 2, lastError: null });
  });

  it('on row_updated does not loop on the AI answers it causes', async () => {
    const model = testModel('trigger-loop');
    await fakeRules([{ model, match: '', reply: { value: 'positive' } }]);
    const { table, rows } = await aiTable(
      [{ name: 'customer', dataType: 'text' }, { name: 'feedback', dataType: 'text' }, sentiment(model)],
      [{ customer: 'Acme', feedback: 'ok' }],
    );
    await call('POST', `/tables/${table.id}/triggers`, {
      name: 'Reclassify',
      triggerEvent: 'row_updated',
      actionType: 'run_workflow',
      actionConfig: { columns: ['sentiment'] },
    });
    await call('PATCH', `/tables/${table.id}/rows/${rows[0]?.id}`, {
      data: { customer: 'Acme', feedback: 'Great' },
    });
    await eventually(async () => ((await rowsOf(table.id))[0]?.data.sentiment ? true : undefined));
    await settle(2_000);
    expect(await fakeCalls(model)).toHaveLength(1);
    expect((await call<Run[]>('GET', `/tables/${table.id}/runs`)).body).toHaveLength(1);
  });

  it('refuses columns that are not AI columns, and saved workflows it cannot run yet', async () => {
    const { table } = await aiTable(
      [
        { name: 'customer', dataType: 'text' },
        { name: 'feedback', dataType: 'text' },
        sentiment(testModel('x')),
      ],
      [],
    );
    const bad = [{ columns: ['customer'] }, { columns: ['nope'] }, { workflowId: 'wf-2a3b-4c5d' }, {}];
    for (const actionConfig of bad) {
      const response = await call('POST', `/tables/${table.id}/triggers`, {
        name: 'x',
        triggerEvent: 'row_added',
        actionType: 'run_workflow',
        actionConfig,
      });
      expect(response.status, JSON.stringify(actionConfig)).toBe(400);
    }
  });
});
