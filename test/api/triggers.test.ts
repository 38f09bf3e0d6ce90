import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../src/contract/rows.ts';
import type { Trigger } from '../../src/contract/triggers.ts';
import { call, createTable, insertRows, queryRows } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';
import { settle, startReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

const columns = [
  { name: 'customer', dataType: 'text' as const },
  { name: 'rating', dataType: 'number' as const },
  { name: 'status', dataType: 'select' as const, config: { options: ['open', 'closed'] } },
];

let hook: WebhookReceiver;
beforeAll(async () => {
  hook = await startReceiver();
});
afterAll(() => hook.close());

async function addTrigger(tableId: string, body: Record<string, unknown>): Promise<Trigger> {
  const response = await call<Trigger>('POST', `/tables/${tableId}/triggers`, { name: 'Notify', ...body });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body;
}

/** A create_task trigger: a row in `tasksId`, with these values, for each new row rated 2 or less. */
const followUpTrigger = (tableId: string, tasksId: string, values: Record<string, unknown>) =>
  addTrigger(tableId, {
    name: 'Follow up',
    triggerEvent: 'row_added',
    condition: { column: 'rating', operator: 'lte', value: 2 },
    actionType: 'create_task',
    actionConfig: { tableId: tasksId, values },
  });

const getTrigger = async (tableId: string, id: string) =>
  (await call<Trigger[]>('GET', `/tables/${tableId}/triggers`)).body.find((t) => t.id === id) as Trigger;

/** A webhook trigger on a fresh table (to the shared receiver unless given one); its deliveries are told apart by table id. */
async function webhookTable(event: string, extra: Record<string, unknown> = {}, receiver = hook) {
  const table = await createTable(columns);
  const trigger = await addTrigger(table.id, {
    triggerEvent: event,
    actionType: 'webhook',
    actionConfig: { url: receiver.url },
    ...extra,
  });
  const deliveries = () => receiver.received.filter((body) => body.table.id === table.id);
  return { table, trigger, deliveries };
}

describe('triggers: the resource', () => {
  it('creates, lists, pauses, resumes, edits and deletes a trigger', async () => {
    const table = await createTable(columns);
    const created = await call<Trigger>('POST', `/tables/${table.id}/triggers`, {
      name: 'Auto-triage feedback',
      triggerEvent: 'row_added',
      actionType: 'webhook',
      actionConfig: { url: hook.url },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      tableId: table.id,
      name: 'Auto-triage feedback',
      triggerEvent: 'row_added',
      condition: null,
      status: 'active',
      fireCount: 0,
      lastFiredAt: null,
      lastError: null,
    });
    const id = created.body.id;
    const paused = await call<Trigger>('PATCH', `/tables/${table.id}/triggers/${id}`, { status: 'paused' });
    expect(paused.body.status).toBe('paused');
    const edited = await call<Trigger>('PATCH', `/tables/${table.id}/triggers/${id}`, {
      status: 'active',
      condition: { column: 'rating', operator: 'gte', value: 4 },
    });
    expect(edited.body).toMatchObject({
      status: 'active',
      condition: { column: 'rating', operator: 'gte', value: 4 },
    });
    const cleared = await call<Trigger>('PATCH', `/tables/${table.id}/triggers/${id}`, { condition: null });
    expect(cleared.body.condition).toBeNull();
    expect((await call<Trigger[]>('GET', `/tables/${table.id}/triggers`)).body.map((t) => t.id)).toEqual([
      id,
    ]);
    expect((await call('DELETE', `/tables/${table.id}/triggers/${id}`)).status).toBe(204);
    expect((await call('DELETE', `/tables/${table.id}/triggers/${id}`)).status).toBe(404);
    expect((await call('PATCH', `/tables/${table.id}/triggers/nope`, { status: 'paused' })).status).toBe(404);
    expect((await call<Trigger[]>('GET', `/tables/${table.id}/triggers`)).body).toEqual([]);
  });

  it('advances the table version on every trigger change', async () => {
    const table = await createTable(columns);
    const version = async () => (await call<{ version: number }>('GET', `/tables/${table.id}`)).body.version;
    const before = await version();
    const trigger = await addTrigger(table.id, {
      triggerEvent: 'row_added',
      actionType: 'webhook',
      actionConfig: { url: hook.url },
    });
    expect(await version()).toBeGreaterThan(before);
    const afterCreate = await version();
    await call('PATCH', `/tables/${table.id}/triggers/${trigger.id}`, { status: 'paused' });
    expect(await version()).toBeGreaterThan(afterCreate);
  });

  it('refuses unknown events and actions, bad action configs and conditions on unknown columns', async () => {
    const table = await createTable(columns);
    const other = await createTable([{ name: 'title', dataType: 'text' }]);
    const bad = [
      { triggerEvent: 'row_moved', actionType: 'webhook', actionConfig: { url: hook.url } },
      { triggerEvent: 'row_added', actionType: 'email', actionConfig: {} },
      { triggerEvent: 'row_added', actionType: 'webhook', actionConfig: {} },
      { triggerEvent: 'row_added', actionType: 'webhook', actionConfig: { url: 'ftp://x.example' } },
      {
        triggerEvent: 'row_added',
        actionType: 'create_task',
        actionConfig: { tableId: other.id, values: { nope: 1 } },
      },
      {
        triggerEvent: 'row_added',
        actionType: 'create_task',
        actionConfig: { tableId: crypto.randomUUID(), values: {} },
      },
      {
        triggerEvent: 'row_added',
        actionType: 'webhook',
        actionConfig: { url: hook.url },
        condition: { column: 'nope', operator: 'eq', value: 1 },
      },
      {
        triggerEvent: 'row_added',
        actionType: 'webhook',
        actionConfig: { url: hook.url },
        condition: [{ column: 'rating', operator: 'gt', value: 'high' }],
      },
    ];
    for (const body of bad) {
      const response = await call('POST', `/tables/${table.id}/triggers`, { name: 'x', ...body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect((await call('POST', `/tables/${crypto.randomUUID()}/triggers`, { name: 'x' })).status).toBe(400);
  });
});

describe('triggers: events', () => {
  it('row_added POSTs the new row to the webhook and counts the firing', async () => {
    const { table, trigger, deliveries } = await webhookTable('row_added');
    const [row] = await insertRows(table.id, [{ customer: 'Acme', rating: 5, status: 'open' }]);
    const [body] = await eventually(() => deliveries().length === 1 && deliveries());
    expect(body).toMatchObject({
      event: 'row_added',
      trigger: { id: trigger.id, name: 'Notify' },
      table: { id: table.id },
      row: { id: row?.id, data: { customer: 'Acme', rating: 5, status: 'open' } },
      before: null,
    });
    const fired = await eventually(async () => {
      const current = await getTrigger(table.id, trigger.id);
      return current.fireCount === 1 && current;
    });
    expect(fired.lastFiredAt).not.toBeNull();
    expect(fired.lastError).toBeNull();
  });

  it('row_updated sends the row before and after, and an update that changes nothing fires nothing', async () => {
    const { table, deliveries } = await webhookTable('row_updated');
    const [row] = await insertRows(table.id, [{ customer: 'Acme', rating: 3 }]);
    await call('PATCH', `/tables/${table.id}/rows/${row?.id}`, { data: { customer: 'Acme', rating: 4 } });
    const [body] = await eventually(() => deliveries().length === 1 && deliveries());
    expect(body).toMatchObject({ event: 'row_updated', before: { rating: 3 }, row: { data: { rating: 4 } } });
    await call('PATCH', `/tables/${table.id}/rows/${row?.id}`, { data: { customer: 'Acme', rating: 4 } });
    await settle();
    expect(deliveries()).toHaveLength(1);
  });

  it('row_deleted sends the row as it was', async () => {
    const { table, deliveries } = await webhookTable('row_deleted');
    const rows = await insertRows(table.id, [{ customer: 'Acme' }, { customer: 'Globex' }]);
    await call('POST', `/tables/${table.id}/rows/delete`, { ids: rows.map((row) => row.id) });
    const bodies = await eventually(() => deliveries().length === 2 && deliveries());
    expect(bodies.map((body) => [body.event, body.row.data, body.before?.customer]).sort()).toEqual([
      ['row_deleted', null, 'Acme'],
      ['row_deleted', null, 'Globex'],
    ]);
  });

  it('fires only for rows that meet the condition (one filter or a list)', async () => {
    const single = await webhookTable('row_added', {
      condition: { column: 'status', operator: 'eq', value: 'open' },
    });
    const list = await webhookTable('row_added', {
      condition: [
        { column: 'rating', operator: 'gte', value: 4 },
        { column: 'customer', operator: 'contains', value: 'corp' },
      ],
    });
    await insertRows(single.table.id, [
      { customer: 'A', status: 'closed' },
      { customer: 'B', status: 'open' },
      { customer: 'C' },
    ]);
    await insertRows(list.table.id, [
      { customer: 'Acme Corp', rating: 5 },
      { customer: 'Acme Corp', rating: 2 },
      { customer: 'Initech', rating: 5 },
    ]);
    await eventually(() => single.deliveries().length === 1 && list.deliveries().length === 1);
    await settle();
    expect(single.deliveries().map((body) => body.row.data?.customer)).toEqual(['B']);
    expect(list.deliveries().map((body) => body.row.data?.rating)).toEqual([5]);
    expect((await getTrigger(single.table.id, single.trigger.id)).fireCount).toBe(1);
  });

  it('a paused trigger does not fire; resumed, it fires for new rows', async () => {
    const { table, trigger, deliveries } = await webhookTable('row_added', { status: 'paused' });
    await insertRows(table.id, [{ customer: 'while paused' }]);
    await settle();
    expect(deliveries()).toHaveLength(0);
    await call('PATCH', `/tables/${table.id}/triggers/${trigger.id}`, { status: 'active' });
    await insertRows(table.id, [{ customer: 'after resume' }]);
    const bodies = await eventually(() => deliveries().length === 1 && deliveries());
    expect(bodies[0]?.row.data?.customer).toBe('after resume');
    expect((await getTrigger(table.id, trigger.id)).fireCount).toBe(1);
  });
});

describe('triggers: actions', () => {
  it('create_task adds a row to the chosen table with values from the triggering row', async () => {
    const feedback = await createTable(columns);
    const tasks = await createTable([
      { name: 'title', dataType: 'text' },
      { name: 'priority', dataType: 'number' },
      { name: 'done', dataType: 'boolean' },
    ]);
    const trigger = await followUpTrigger(feedback.id, tasks.id, {
      title: 'Call {customer} ({rating}/5)',
      priority: '{rating}',
      done: false,
    });
    await insertRows(feedback.id, [
      { customer: 'Globex', rating: 1 },
      { customer: 'Acme', rating: 5 },
    ]);
    const rows = await eventually(async () => {
      const found = (await queryRows(tasks.id)).body;
      return found.length === 1 && found;
    });
    expect(rows[0]).toMatchObject({
      data: { title: 'Call Globex (1/5)', priority: 1, done: false },
      createdBy: 'trigger:Follow up',
    });
    await settle();
    expect((await queryRows(tasks.id)).body).toHaveLength(1);
    expect((await getTrigger(feedback.id, trigger.id)).fireCount).toBe(1);
  });

  it('renaming columns keeps create_task working: placeholders and target columns follow', async () => {
    const feedback = await createTable(columns);
    const tasks = await createTable([
      { name: 'title', dataType: 'text' },
      { name: 'priority', dataType: 'number' },
    ]);
    const trigger = await followUpTrigger(feedback.id, tasks.id, {
      title: 'Call { customer } ({rating}/5)',
      priority: '{rating}',
    });
    const rename = async (tableId: string, from: string, to: string) =>
      expect((await call('PATCH', `/tables/${tableId}/columns/${from}`, { name: to })).status).toBe(200);
    await rename(feedback.id, 'customer', 'client');
    await rename(feedback.id, 'rating', 'score');
    await rename(tasks.id, 'title', 'subject');
    expect(await getTrigger(feedback.id, trigger.id)).toMatchObject({
      condition: { column: 'score', operator: 'lte', value: 2 },
      actionConfig: {
        tableId: tasks.id,
        values: { subject: 'Call {client} ({score}/5)', priority: '{score}' },
      },
    });
    await insertRows(feedback.id, [{ client: 'Globex', score: 1 }]);
    const rows = await eventually(async () => {
      const found = (await queryRows(tasks.id)).body;
      return found.length === 1 && found;
    });
    expect(rows[0]?.data).toEqual({ subject: 'Call Globex (1/5)', priority: 1 });
  });

  it('rows added by a trigger fire the triggers of their table', async () => {
    const source = await createTable(columns);
    const { table: tasks, deliveries } = await webhookTable('row_added');
    await addTrigger(source.id, {
      triggerEvent: 'row_added',
      actionType: 'create_task',
      actionConfig: { tableId: tasks.id, values: { customer: '{customer}' } },
    });
    await insertRows(source.id, [{ customer: 'Chained' }]);
    const bodies = await eventually(() => deliveries().length === 1 && deliveries());
    expect(bodies[0]?.row.data?.customer).toBe('Chained');
  });

  it('a trigger that adds rows to its own table does not loop, nor do two that feed each other', async () => {
    const table = await createTable(columns);
    const self = await addTrigger(table.id, {
      triggerEvent: 'row_added',
      actionType: 'create_task',
      actionConfig: { values: { customer: 'copy of {customer}' } },
    });
    await insertRows(table.id, [{ customer: 'Acme' }]);
    await eventually(async () => (await queryRows(table.id)).body.length === 2);
    await settle(2_000);
    const rows = (await queryRows(table.id)).body;
    expect(rows.map((row) => row.data.customer)).toEqual(['Acme', 'copy of Acme']);
    expect((await getTrigger(table.id, self.id)).fireCount).toBe(1);

    const a = await createTable(columns);
    const b = await createTable(columns);
    await addTrigger(a.id, {
      triggerEvent: 'row_added',
      actionType: 'create_task',
      actionConfig: { tableId: b.id, values: { customer: '{customer}>b' } },
    });
    await addTrigger(b.id, {
      triggerEvent: 'row_added',
      actionType: 'create_task',
      actionConfig: { tableId: a.id, values: { customer: '{customer}>a' } },
    });
    await insertRows(a.id, [{ customer: 'x' }]);
    await eventually(async () => (await queryRows(a.id)).body.length === 2);
    await settle(2_000);
    expect((await queryRows<Row[]>(a.id)).body.map((row) => row.data.customer)).toEqual(['x', 'x>b>a']);
    expect((await queryRows<Row[]>(b.id)).body.map((row) => row.data.customer)).toEqual(['x>b']);
  });

  it('a failing webhook is retried with backoff, then kept failed with its error on the trigger', async () => {
    const failing = await startReceiver(() => 500);
    try {
      const { table, trigger } = await webhookTable('row_added', {}, failing);
      await insertRows(table.id, [{ customer: 'Acme' }]);
      const current = await eventually(async () => {
        const found = await getTrigger(table.id, trigger.id);
        return found.lastError?.includes('gave up') && found;
      }, 20_000);
      expect(failing.received).toHaveLength(5);
      expect(new Set(failing.received.map((body) => body.deliveryId)).size).toBe(1);
      expect(current.lastError).toMatch(/HTTP 500.*gave up after 5 attempts/);
      expect(current.fireCount).toBe(1);
    } finally {
      await failing.close();
    }
  });

  it('a webhook that fails twice then succeeds is delivered, and its error clears', async () => {
    const flaky = await startReceiver((n) => (n <= 2 ? 503 : 200));
    try {
      const { table, trigger } = await webhookTable('row_added', {}, flaky);
      await insertRows(table.id, [{ customer: 'Acme' }]);
      await eventually(() => flaky.received.length === 3, 15_000);
      const current = await eventually(async () => {
        const found = await getTrigger(table.id, trigger.id);
        return found.lastError === null && found;
      });
      expect(current.fireCount).toBe(1);
      await settle();
      expect(flaky.received).toHaveLength(3);
    } finally {
      await flaky.close();
    }
  });

  it('a refused 4xx is not retried', async () => {
    const refusing = await startReceiver(() => 404);
    try {
      const { table, trigger } = await webhookTable('row_added', {}, refusing);
      await insertRows(table.id, [{ customer: 'Acme' }]);
      const current = await eventually(async () => {
        const found = await getTrigger(table.id, trigger.id);
        return found.lastError ? found : undefined;
      });
      expect(current.lastError).toMatch(/HTTP 404/);
      await settle();
      expect(refusing.received).toHaveLength(1);
    } finally {
      await refusing.close();
    }
  });
});
