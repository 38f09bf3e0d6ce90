import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/contract/tables.ts';
import { V1AgentType, V1OutputFormat } from '../../src/contract/v1/column-configs.ts';
import type { V1Row, V1TableData } from '../../src/contract/v1/rows.ts';
import type { V1TableHeader, V1TableWithStatus } from '../../src/contract/v1/tables.ts';
import { fakeCalls } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';
import { conforms } from '../support/extruct-docs.ts';
import { v1 } from '../support/v1.ts';

const labelled = new Set(['label', 'select', 'multiselect']);

/** One agent column per agent type and per output format, with labels where the format needs them. */
const agentConfigs = [
  ...V1AgentType.options.map((agentType) => ({
    kind: 'agent',
    name: `Agent ${agentType}`,
    key: `agent_${agentType}`,
    value: { agent_type: agentType, prompt: `What does {company} do? (${agentType})`, output_format: 'text' },
  })),
  ...V1OutputFormat.options.map((format) => ({
    kind: 'agent',
    name: `Format ${format}`,
    key: `format_${format}`,
    value: {
      agent_type: 'llm',
      prompt: `Tell me about {company} as ${format}`,
      output_format: format,
      ...(labelled.has(format) && { labels: ['Small', 'Large'] }),
      ...(format === 'json' && {
        output_schema: {
          type: 'object',
          properties: { founded: { type: 'integer' } },
          required: ['founded'],
        },
      }),
    },
  })),
];

const otherConfigs = [
  { kind: 'input', name: 'Company', key: 'company' },
  { kind: 'input', name: 'Email', key: 'email' },
  { kind: 'criterion_grade', name: 'Fit', key: 'fit', value: { criterion: 'Sells to enterprises' } },
  {
    kind: 'discovery_scores',
    name: 'Scores',
    key: 'scores',
    criteria: {
      b2b: { key: 'b2b', name: 'B2B', criterion: 'Sells mainly to other businesses' },
      ai: { key: 'ai', name: 'AI company', criterion: 'Builds AI products as its core business' },
    },
  },
  { kind: 'discovery_scores', name: 'No criteria', key: 'no_criteria', criteria: null },
  {
    kind: 'agent',
    name: 'Defaults',
    key: 'defaults',
    value: {
      prompt: 'Summarise {company}',
      extra_dependencies: ['email'],
      labels: null,
      output_schema: null,
    },
  },
  {
    kind: 'company_people_finder',
    name: 'People',
    key: 'people',
    value: { roles: ['CEO', 'CTO'], max_results: 3 },
  },
  { kind: 'email_finder', name: 'Work email', key: 'work_email' },
  { kind: 'phone_finder', name: 'Phone', key: 'phone' },
  { kind: 'reverse_email_lookup', name: 'LinkedIn', key: 'linkedin', email_column_key: 'email' },
];

describe('/v1 column kinds', () => {
  it('echoes every kind, agent type and output format back exactly as sent', async () => {
    const sent = [...otherConfigs, ...agentConfigs];
    const created = await v1<V1TableHeader>('POST', '/tables', {
      name: 'Every kind',
      kind: 'generic',
      column_configs: sent,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(conforms('createTable', 'TableHeaderOutput', created.body)).toBe(true);
    const got = await v1<V1TableWithStatus>('GET', `/tables/${created.body.id}`);
    expect(conforms('getTable', 'TableHeaderWithStatusOutput', got.body)).toBe(true);
    const configs = got.body.columns.map((column) => column.config);
    for (const config of sent) expect(configs).toContainEqual(config);
    expect(got.body.status).toMatchObject({ num_input_columns: 2, num_output_columns: sent.length - 2 });
  });

  it('maps them onto ordinary columns: select is our label, people a JSON list, agent types and dependencies kept', async () => {
    const created = await v1<V1TableHeader>('POST', '/tables', {
      kind: 'generic',
      column_configs: [...otherConfigs.slice(0, 6), ...agentConfigs],
    });
    const table = (await call<Table>('GET', `/tables/${created.body.id}`)).body;
    const config = (name: string) => table.columns.find((column) => column.name === name)?.config;
    expect(config('format_select')).toMatchObject({
      kind: 'agent',
      outputFormat: 'label',
      labels: ['Small', 'Large'],
    });
    expect(config('format_numeric')).toMatchObject({ outputFormat: 'number' });
    expect(config('format_people')).toMatchObject({ outputFormat: 'json', outputSchema: { type: 'array' } });
    expect(config('agent_research_pro')).toMatchObject({ agentType: 'research_pro' });
    expect(config('agent_linkedin')).toMatchObject({ agentType: 'linkedin' });
    // Extruct's defaults: research_pro, text; extra dependencies are read like the prompt's own columns.
    expect(config('defaults')).toMatchObject({ agentType: 'research_pro', outputFormat: 'text' });
    expect(config('defaults')?.prompt).toContain('{email}');
    expect(config('fit')).toMatchObject({ kind: 'criterion_grade', criterion: 'Sells to enterprises' });
    expect(config('scores')).toMatchObject({ kind: 'agent', outputFormat: 'json' });
    expect(table.columns.find((column) => column.name === 'no_criteria')?.dataType).toBe('json');
  });

  it('grades discovery scores per row, one grade and explanation per criterion, and passes extra dependencies to the agent', async () => {
    const marker = `v1-deps-${crypto.randomUUID()}`;
    const created = await v1<V1TableHeader>('POST', '/tables', {
      kind: 'generic',
      column_configs: [
        otherConfigs[0],
        otherConfigs[1],
        otherConfigs[3],
        {
          kind: 'agent',
          name: 'Note',
          key: 'note',
          value: {
            agent_type: 'llm',
            prompt: `Write a note on {company} ${marker}`,
            extra_dependencies: ['email'],
          },
        },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const tableId = created.body.id;
    await v1<V1Row[]>('POST', `/tables/${tableId}/rows`, {
      rows: [{ data: { company: 'Acme', email: 'ceo@acme.test' } }],
      run: true,
    });
    const data = await eventually(async () => {
      const page = (await v1<V1TableData>('GET', `/tables/${tableId}/data`)).body;
      return page.status.run_status === 'idle' ? page : undefined;
    });
    const scores = data.rows[0]?.data.scores;
    expect(scores?.status).toBe('done');
    expect(scores?.value).toEqual({
      b2b: { grade: expect.any(Number), explanation: expect.any(String) },
      ai: { grade: expect.any(Number), explanation: expect.any(String) },
    });
    const calls = await fakeCalls('fake-default');
    expect(calls.find((received) => received.prompt.includes(marker))?.prompt).toContain('ceo@acme.test');
  });

  it('describes a column as it is once changed in the app: a new name keeps the echo, a new prompt replaces it', async () => {
    const sent = {
      kind: 'agent',
      name: 'Segment',
      key: 'segment',
      value: {
        agent_type: 'research_pro',
        prompt: 'Segment of {company}?',
        output_format: 'select',
        labels: ['SMB', 'Enterprise'],
      },
    };
    const created = await v1<V1TableHeader>('POST', '/tables', {
      kind: 'generic',
      column_configs: [otherConfigs[0], sent],
    });
    const tableId = created.body.id;
    const echo = async () =>
      (await v1<V1TableHeader>('GET', `/tables/${tableId}`)).body.columns.find(
        (column) => column.id === created.body.columns[1]?.id,
      )?.config;
    expect(
      (await call('PATCH', `/tables/${tableId}/columns/segment`, { displayName: 'Market' })).status,
    ).toBe(200);
    expect(await echo()).toEqual({ ...sent, name: 'Market' });
    const changed = await call('PATCH', `/tables/${tableId}/columns/segment`, {
      config: { prompt: 'Which market does {company} serve?', agentType: 'llm' },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(await echo()).toEqual({
      kind: 'agent',
      name: 'Market',
      key: 'segment',
      value: {
        agent_type: 'llm',
        prompt: 'Which market does {company} serve?',
        output_format: 'label',
        labels: ['SMB', 'Enterprise'],
      },
    });
  });
});
