import { describe, expect, it } from 'vitest';
import type { CellDetail } from '../../src/contract/cells.ts';
import type { ColumnDef } from '../../src/contract/columns.ts';
import type { EnrichRun, EnrichStarted, Plan } from '../../src/contract/enrich.ts';
import type { Row } from '../../src/contract/rows.ts';
import { aiTable, fakeCalls, fakeRules, idle, rowsOf, testModel } from '../support/ai.ts';
import { call, insertRows } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';

const FEEDBACK_COLUMNS: ColumnDef[] = [
  { name: 'customer', displayName: 'Customer', dataType: 'text' },
  { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
  { name: 'status', dataType: 'select', config: { options: ['open', 'closed'] } },
  {
    name: 'sentiment',
    displayName: 'Sentiment',
    dataType: 'select',
    config: { options: ['positive', 'neutral', 'negative'] },
  },
];

const FEEDBACK_ROWS = [
  { customer: 'Acme', feedback: 'Excellent support and fast resolution', status: 'open' },
  { customer: 'Globex', feedback: 'The export keeps failing', status: 'open' },
  { customer: 'Initech', feedback: 'It is fine', status: 'closed' },
  { customer: 'Umbrella', feedback: 'Already rated', status: 'open', sentiment: 'neutral' },
];

const feedbackTable = () => aiTable(FEEDBACK_COLUMNS, FEEDBACK_ROWS);

const plan = (tableId: string, body: Record<string, unknown>) =>
  call<Plan>('POST', `/tables/${tableId}/enrich/plan`, body);
const enrich = (tableId: string, body: Record<string, unknown>) =>
  call<EnrichStarted>('POST', `/tables/${tableId}/enrich`, body);
const enrichRuns = (tableId: string, query = '') =>
  call<EnrichRun[]>('GET', `/tables/${tableId}/enrich/runs${query}`);
const valuesOf = async (tableId: string, column: string) =>
  (await rowsOf(tableId)).map((row: Row) => row.data[column] ?? null);

describe('enrichment plans', () => {
  it('custom mode: the user’s prompt in a classify step, the contract, eligible rows without the populated one, samples and an estimate', async () => {
    const { table } = await feedbackTable();
    const response = await plan(table.id, {
      targetColumn: 'sentiment',
      promptMode: 'custom',
      prompt: 'Rate the sentiment of {feedback}',
      model: 'gpt-4o-mini',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      promptMode: 'custom',
      strategy: 'single-pass-classify',
      agentProfile: 'data-analyst',
      planner: 'rules',
      steps: [{ id: 'step-1', prompt: 'Rate the sentiment of {feedback}' }],
      targetContract: {
        columnName: 'sentiment',
        columnLabel: 'Sentiment',
        dataType: 'select',
        allowedOptions: ['positive', 'neutral', 'negative'],
      },
      eligibleRowCount: 3,
    });
    expect(response.body.reasoning).toMatch(/fixed set of answers/);
    expect(response.body.sampleBindings).toEqual([
      { customer: 'Acme', feedback: 'Excellent support and fast resolution', status: 'open' },
      { customer: 'Globex', feedback: 'The export keeps failing', status: 'open' },
      { customer: 'Initech', feedback: 'It is fine', status: 'closed' },
    ]);
    // One call per eligible row, priced because gpt-4o-mini's price is known.
    expect(response.body.estimate).toMatchObject({ calls: 3, model: 'gpt-4o-mini' });
    expect(response.body.estimate.tokensIn).toBeGreaterThan(3 * 20);
    expect(response.body.estimate.costUsd).toBeGreaterThan(0);
  });

  it('custom mode picks research for facts the row does not hold, and a filter narrows the rows', async () => {
    const { table } = await aiTable(
      [
        { name: 'company', dataType: 'text' },
        { name: 'country', dataType: 'text' },
        { name: 'website', displayName: 'Website', dataType: 'url' },
      ],
      [
        { company: 'Acme', country: 'US' },
        { company: 'Globex', country: 'DE' },
        { company: 'Initech', country: 'US' },
      ],
    );
    const response = await plan(table.id, {
      targetColumn: 'website',
      promptMode: 'custom',
      prompt: "Find {company}'s official website",
      filter: { column: 'country', operator: 'eq', value: 'US' },
    });
    expect(response.status).toBe(200);
    expect(response.body.strategy).toBe('research-and-synthesize');
    expect(response.body.agentProfile).toBe('researcher');
    expect(response.body.steps.map((step) => step.id)).toEqual(['step-1', 'step-2']);
    expect(response.body.steps[1]?.prompt).toContain('{step-1}');
    expect(response.body.eligibleRowCount).toBe(2);
    expect(response.body.sampleBindings.map((sample) => sample.company)).toEqual(['Acme', 'Initech']);
    // A model without a known price: calls and tokens, no cost.
    expect(response.body.estimate).toMatchObject({ calls: 4, model: 'fake-default', costUsd: null });
  });

  it('auto mode asks the model for the plan, with the columns, the target and sample rows', async () => {
    const model = testModel('planner');
    await fakeRules([
      {
        model,
        reply: {
          strategy: 'single-pass-classify',
          agentProfile: 'support-analyst',
          reasoning: 'Feedback sentiment is a fixed set of labels.',
          steps: [
            { name: 'Classify', purpose: 'Label each entry', prompt: 'Classify {feedback} from {nowhere}' },
          ],
        },
      },
    ]);
    const { table } = await feedbackTable();
    const response = await plan(table.id, { targetColumn: 'sentiment', model, agentProfile: 'triage-bot' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      promptMode: 'auto',
      planner: 'model',
      strategy: 'single-pass-classify',
      reasoning: 'Feedback sentiment is a fixed set of labels.',
      // The request's profile wins over the model's.
      agentProfile: 'triage-bot',
      // A reference to no column becomes plain text: the plan runs as written.
      steps: [{ id: 'step-1', name: 'Classify', prompt: 'Classify {feedback} from nowhere' }],
      model,
    });
    const [asked] = await fakeCalls(model);
    expect(asked?.prompt).toContain(
      'sentiment ("Sentiment"), of type select, allowed values: positive, neutral, negative',
    );
    expect(asked?.prompt).toContain('Excellent support and fast resolution');
    expect(asked?.prompt).not.toContain('Already rated');
  });

  it('auto mode falls back to the rules, saying why, when the model cannot plan', async () => {
    const model = testModel('planner-down');
    await fakeRules([{ model, status: 401 }]);
    const { table } = await feedbackTable();
    const response = await plan(table.id, { targetColumn: 'sentiment', model });
    expect(response.status).toBe(200);
    expect(response.body.planner).toBe('rules');
    expect(response.body.strategy).toBe('single-pass-classify');
    expect(response.body.reasoning).toMatch(/Planned by rules: the model could not plan/);
    expect(response.body.steps[0]?.prompt).toMatch(/positive, neutral, negative/);
  });
});

describe('executing enrichments', () => {
  it('runs an edited plan on the empty rows only, in the background; a second execute queues nothing', async () => {
    const model = testModel('enrich');
    await fakeRules([
      { model, match: 'Excellent support', reply: { value: 'Positive' } },
      { model, match: 'keeps failing', reply: { value: 'negative' } },
      { model, reply: { value: 'neutral' } },
    ]);
    const { table } = await feedbackTable();
    const preview = await plan(table.id, {
      targetColumn: 'sentiment',
      promptMode: 'custom',
      prompt: 'Rate {feedback}',
      model,
    });
    const edited = {
      ...preview.body,
      steps: [{ ...preview.body.steps[0], prompt: 'How does {customer} feel? They wrote: {feedback}' }],
    };
    const started = await enrich(table.id, {
      targetColumn: 'sentiment',
      plan: edited,
      workflowName: 'Sentiment pass',
      batchSize: 500,
    });
    expect(started.status).toBe(202);
    expect(started.body.rowsQueued).toBe(3);
    expect(started.body.workflowId).toEqual(expect.any(String));
    await idle(table.id);
    expect(await valuesOf(table.id, 'sentiment')).toEqual(['positive', 'negative', 'neutral', 'neutral']);
    const calls = await fakeCalls(model);
    expect(calls.map((c) => c.prompt).join('\n')).toContain(
      'How does "Acme" feel? They wrote: "Excellent support',
    );
    expect(calls).toHaveLength(3);

    const again = await enrich(table.id, { targetColumn: 'sentiment', plan: edited });
    expect(again.status).toBe(202);
    expect(again.body.rowsQueued).toBe(0);
    expect(await fakeCalls(model)).toHaveLength(3);

    const runs = await enrichRuns(table.id);
    expect(runs.status).toBe(200);
    expect(runs.body[0]).toMatchObject({ rowsQueued: 0, status: 'completed' });
    expect(runs.body[1]).toMatchObject({
      workflowId: started.body.workflowId,
      name: 'Sentiment pass',
      status: 'completed',
      targetColumn: 'sentiment',
      rowsQueued: 3,
      rowsCompleted: 3,
      rowsFailed: 0,
      strategy: 'single-pass-classify',
      batchSize: 200,
    });
    expect(runs.body[1]?.tokensIn).toBeGreaterThan(0);
    expect(Date.parse(runs.body[1]?.createdAt ?? '')).not.toBeNaN();
  });

  it('runs a multi-step plan step by step and keeps each step’s output in the cell detail', async () => {
    const model = testModel('research');
    await fakeRules([
      { model, match: 'Research notes:', reply: { value: 'https://acme.example' } },
      { model, match: 'First gather', content: 'Acme Corp runs acme.example (source: acme.example/about)' },
    ]);
    const { table, rows } = await aiTable(
      [
        { name: 'company', dataType: 'text' },
        { name: 'website', dataType: 'url' },
      ],
      [{ company: 'Acme Corp' }],
    );
    const started = await enrich(table.id, {
      targetColumn: 'website',
      promptMode: 'custom',
      prompt: 'Find the website of {company}',
      model,
    });
    expect(started.body.rowsQueued).toBe(1);
    await idle(table.id);
    // URL answers are normalised as AI url columns store them.
    expect(await valuesOf(table.id, 'website')).toEqual(['https://acme.example/']);
    const detail = await call<CellDetail>('GET', `/tables/${table.id}/rows/${rows[0]?.id}/cells/website`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ status: 'done', value: 'https://acme.example/', model });
    expect(detail.body.steps).toHaveLength(2);
    expect(detail.body.steps?.[0]).toMatchObject({
      id: 'step-1',
      name: 'Research',
      output: 'Acme Corp runs acme.example (source: acme.example/about)',
      error: null,
    });
    expect(detail.body.steps?.[0]?.prompt).toContain('Find the website of "Acme Corp"');
    // The last step read the first step's notes.
    expect(detail.body.steps?.[1]?.prompt).toContain('Research notes:\nAcme Corp runs acme.example');
    expect(detail.body.prompt).toBe(detail.body.steps?.[1]?.prompt);
    expect(detail.body.steps?.[1]?.output).toContain('https://acme.example');
    // The grid sees the cell's state beside the value.
    const [row] = await rowsOf(table.id);
    expect(row?.cells?.website).toMatchObject({ status: 'done' });
  });

  it('plans on its own when no plan is given, and fills only the filtered rows; yes/no targets store booleans', async () => {
    const model = testModel('enrich-bool');
    await fakeRules([
      { model, match: 'Excellent', reply: { value: 'Yes' } },
      { model, reply: { value: 'No' } },
    ]);
    const { table } = await aiTable(
      [...FEEDBACK_COLUMNS, { name: 'praise', dataType: 'boolean' }],
      FEEDBACK_ROWS,
    );
    const started = await enrich(table.id, {
      targetColumn: 'praise',
      promptMode: 'custom',
      prompt: 'Is {feedback} praise?',
      filter: { column: 'status', operator: 'eq', value: 'open' },
      model,
    });
    expect(started.body.rowsQueued).toBe(3);
    await idle(table.id);
    expect(await valuesOf(table.id, 'praise')).toEqual([true, false, null, false]);
  });

  it('a person who fills a cell while it is being enriched keeps their value', async () => {
    const model = testModel('enrich-slow');
    await fakeRules([{ model, reply: { value: 'negative' }, delayMs: 800 }]);
    const { table, rows } = await feedbackTable();
    await enrich(table.id, {
      targetColumn: 'sentiment',
      promptMode: 'custom',
      prompt: 'Rate {feedback}',
      model,
    });
    const first = rows[0];
    await eventually(async () => {
      const detail = await call<CellDetail>('GET', `/tables/${table.id}/rows/${first?.id}/cells/sentiment`);
      return detail.body.status === 'in_progress' ? true : undefined;
    });
    const edit = await call<Row>('PATCH', `/tables/${table.id}/rows/${first?.id}`, {
      data: { ...first?.data, sentiment: 'positive' },
      version: first?.version,
    });
    expect(edit.status).toBe(200);
    await idle(table.id);
    expect(await valuesOf(table.id, 'sentiment')).toEqual(['positive', 'negative', 'negative', 'neutral']);
    const [run] = (await enrichRuns(table.id)).body;
    expect(run).toMatchObject({ rowsQueued: 3, rowsCompleted: 2, rowsCancelled: 1, status: 'completed' });
  });
});

describe('enrichments run again by triggers', () => {
  it('a trigger naming an enrichment runs its plan on each new row', async () => {
    const model = testModel('enrich-trigger');
    await fakeRules([{ model, reply: { value: 'negative' } }]);
    const { table } = await feedbackTable();
    const first = await enrich(table.id, {
      targetColumn: 'sentiment',
      promptMode: 'custom',
      prompt: 'Rate {feedback}',
      model,
      workflowName: 'Rate feedback',
    });
    await idle(table.id);
    const bad = await call('POST', `/tables/${table.id}/triggers`, {
      name: 'Rate new feedback',
      triggerEvent: 'row_added',
      actionType: 'run_workflow',
      actionConfig: { workflowId: '00000000-0000-7000-8000-000000000000' },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('actionConfig.workflowId');
    const trigger = await call('POST', `/tables/${table.id}/triggers`, {
      name: 'Rate new feedback',
      triggerEvent: 'row_added',
      actionType: 'run_workflow',
      actionConfig: { workflowId: first.body.workflowId },
    });
    expect(trigger.status).toBe(201);
    await insertRows(table.id, [{ customer: 'Hooli', feedback: 'Slow and buggy' }]);
    const filled = await eventually(async () => {
      const values = await valuesOf(table.id, 'sentiment');
      return values[4] ? values : undefined;
    });
    expect(filled[4]).toBe('negative');
    const [latest] = (await enrichRuns(table.id)).body;
    expect(latest).toMatchObject({ name: 'Rate feedback', rowsQueued: 1, strategy: 'single-pass-classify' });
    const calls = await fakeCalls(model);
    expect(calls.at(-1)?.prompt).toContain('Rate "Slow and buggy"');
  });
});

describe('enrichment errors', () => {
  it('answer 404 for an unknown table and 400 for bad requests, naming the field', async () => {
    const { table } = await aiTable(
      [...FEEDBACK_COLUMNS, { name: 'summary', dataType: 'ai', config: { prompt: 'Sum up {feedback}' } }],
      [],
    );
    const missing = '00000000-0000-7000-8000-000000000000';
    expect((await plan(missing, { targetColumn: 'sentiment' })).status).toBe(404);
    expect((await enrich(missing, { targetColumn: 'sentiment' })).status).toBe(404);
    expect((await enrichRuns(missing)).status).toBe(404);

    const bad: Array<[Record<string, unknown>, string]> = [
      [{}, 'targetColumn'],
      [{ targetColumn: 'nope' }, 'targetColumn'],
      [{ targetColumn: 'summary' }, 'targetColumn'],
      [{ targetColumn: 'sentiment', promptMode: 'custom' }, 'prompt'],
      [{ targetColumn: 'sentiment', promptMode: 'custom', prompt: 'x'.repeat(8193) }, 'prompt'],
      [{ targetColumn: 'sentiment', promptMode: 'sometimes' }, 'promptMode'],
      [{ targetColumn: 'sentiment', agentProfile: '' }, 'agentProfile'],
      [{ targetColumn: 'sentiment', filter: { column: 'ghost', operator: 'eq', value: 1 } }, 'filter.column'],
      [{ targetColumn: 'sentiment', model: 'm', provider: 'no-such-provider' }, 'provider'],
    ];
    for (const [body, path] of bad) {
      for (const response of [await plan(table.id, body), await enrich(table.id, body)]) {
        expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        expect(JSON.stringify(response.body)).toContain(path);
      }
    }
    expect((await plan(table.id, { targetColumn: 'sentiment', batchSize: 201 })).status).toBe(400);
    const foreign = await enrich(table.id, {
      targetColumn: 'sentiment',
      plan: {
        strategy: 'single-pass-lookup',
        agentProfile: 'data-analyst',
        steps: [{ id: 'step-1', name: 'Fill', prompt: 'Use {sentiment} and {step-2}' }],
      },
    });
    expect(foreign.status).toBe(400);
    expect(JSON.stringify(foreign.body)).toContain('plan.steps[0].prompt');
    expect((await enrichRuns(table.id, '?limit=11')).status).toBe(400);
    expect((await enrichRuns(table.id, '?limit=0')).status).toBe(400);
  });

  it('lists at most the latest five runs unless asked for up to ten', async () => {
    const { table } = await feedbackTable();
    for (let i = 0; i < 6; i++) {
      await enrich(table.id, {
        targetColumn: 'sentiment',
        promptMode: 'custom',
        prompt: `Rate {feedback} #${i}`,
      });
    }
    await idle(table.id);
    expect((await enrichRuns(table.id)).body).toHaveLength(5);
    expect((await enrichRuns(table.id, '?limit=10')).body).toHaveLength(6);
    expect((await enrichRuns(table.id, '?limit=1')).body).toHaveLength(1);
  });
});
