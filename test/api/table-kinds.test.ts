import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Table, TableSummary } from '../../src/contract/tables.ts';
import { aiColumn, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call, insertRows } from '../support/api.ts';
import { freshStoreEnv } from '../support/embedded-store.ts';
import { eventually } from '../support/eventually.ts';
import { startServer } from '../support/server-process.ts';

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

describe('company tables', () => {
  it('get company_name, company_website and company_profile, filled from the input and usable in prompts', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const agent = testModel('company-agent');
    await fakeRules([
      { model: agent, reply: { value: `Acme ${tag} makes anvils.` } },
      {
        match: `acme-${tag}.example`,
        reply: {
          value: {
            name: `Acme ${tag}`,
            website: `acme-${tag}.example`,
            description: 'Anvils',
            industry: 'Manufacturing',
            headquarters: null,
            employees: null,
          },
        },
      },
    ]);
    const created = await create({
      name: 'Supercharged Research',
      kind: 'company',
      columns: [
        aiColumn('description', agent, {
          prompt: 'Research the company {company_name} ({company_website}) and provide a short description.',
        }),
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.columns.map((column) => [column.name, column.config.kind ?? null])).toEqual([
      ['input', null],
      ['company_name', 'company_name'],
      ['company_website', 'company_website'],
      ['company_profile', 'company_profile'],
      ['description', null],
    ]);
    const table = created.body;
    await insertRows(table.id, [{ input: `acme-${tag}.example` }]);
    // The system columns run by themselves; the agent runs when asked.
    const [filled] = await eventually(async () => {
      const rows = await rowsOf(table.id);
      return rows[0]?.data.company_website ? rows : undefined;
    });
    expect(filled?.data).toMatchObject({
      company_name: `Acme ${tag}`,
      company_website: `https://acme-${tag}.example`,
    });
    expect(filled?.data.company_profile).toMatchObject({ industry: 'Manufacturing' });
    await run(table.id, { columns: ['description'] });
    await idle(table.id);
    const [row] = await rowsOf(table.id);
    expect(row?.data.description).toBe(`Acme ${tag} makes anvils.`);
    const [sent] = await fakeCalls(agent);
    expect(sent?.prompt).toContain(`Research the company "Acme ${tag}" ("https://acme-${tag}.example")`);
  });

  it('profile companies with the research tools when web search is configured', {
    timeout: 90_000,
  }, async () => {
    const storeEnv = await freshStoreEnv();
    const searx = inject('fakeProviderUrl').replace(/\/v1$/, '');
    const server = await startServer({ ...storeEnv, ...inject('aiEnv'), SEARXNG_URL: searx });
    onTestFinished(() => void server.stop());
    const tag = crypto.randomUUID().slice(0, 8);
    await fakeRules([
      {
        match: `umbrella-${tag}.example`,
        times: 1,
        toolCall: { name: 'web_search', arguments: { query: 'Umbrella' } },
      },
      {
        match: `umbrella-${tag}.example`,
        reply: {
          value: {
            name: `Umbrella ${tag}`,
            website: `umbrella-${tag}.example`,
            description: 'Pharmaceuticals',
            industry: null,
            headquarters: null,
            employees: null,
          },
        },
      },
    ]);
    const table = (
      await call<Table>('POST', '/tables', { name: 'Researched', kind: 'company' }, {}, server.baseUrl)
    ).body;
    await call(
      'POST',
      `/tables/${table.id}/rows`,
      { rows: [{ data: { input: `umbrella-${tag}.example` } }] },
      {},
      server.baseUrl,
    );
    const [row] = await eventually(async () => {
      const rows = await rowsOf(table.id, server.baseUrl);
      return rows[0]?.data.company_name ? rows : undefined;
    });
    expect(row?.data.company_name).toBe(`Umbrella ${tag}`);
    const calls = (await fakeCalls('fake-default')).filter((sent) => sent.prompt.includes(`umbrella-${tag}`));
    expect(calls).toHaveLength(2);
    expect(calls[0]?.tools).toContain('web_search');
  });

  it('take an existing column named input as the company input', async () => {
    const created = await create({
      name: 'Companies',
      kind: 'company',
      columns: [
        { name: 'notes', dataType: 'text' },
        { name: 'input', displayName: 'Website', dataType: 'url' },
      ],
    });
    expect(created.body.columns.map((column) => column.name)).toEqual([
      'input',
      'company_name',
      'company_website',
      'company_profile',
      'notes',
    ]);
    const profile = created.body.columns.find((column) => column.name === 'company_profile');
    expect(profile?.config.prompt).toContain('{input}');
  });
});

describe('people finders', () => {
  it('write the people found as rows of a linked people table, replaced on a rerun, made anew once deleted', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    await fakeRules([
      {
        match: `- company_name: "Acme ${tag}"`,
        reply: {
          value: [
            { name: 'Wile E. Coyote', role: 'CEO', linkedin_url: `https://www.linkedin.com/in/wile-${tag}` },
            { name: 'Road Runner', role: 'CTO', linkedin_url: 'not an address' },
          ],
        },
      },
      {
        match: `acme-${tag}.example`,
        reply: {
          value: {
            name: `Acme ${tag}`,
            website: `https://acme-${tag}.example`,
            description: 'Anvils',
            industry: null,
            headquarters: null,
            employees: null,
          },
        },
      },
    ]);
    const company = (
      await create({
        name: 'Companies',
        kind: 'company',
        columns: [
          {
            name: 'people',
            dataType: 'ai',
            config: { kind: 'company_people_finder', roles: ['CEO', 'CTO'], maxResults: 2 },
          },
        ],
      })
    ).body;
    const [acme] = await insertRows(company.id, [{ input: `acme-${tag}.example` }]);
    const childrenOf = async () => {
      const header = (await call<Table>('GET', `/tables/${company.id}`)).body;
      const [relationship] = header.childRelationships;
      if (!relationship) return undefined;
      const people = await rowsOf(relationship.tableId);
      return people.length === 2 ? { header, relationship, people } : undefined;
    };
    await eventually(async () => ((await rowsOf(company.id))[0]?.data.company_name ? true : undefined));
    await run(company.id, { columns: ['people'] });
    await idle(company.id);
    const { header, relationship, people } = await eventually(childrenOf, 20_000, 'the people rows');
    expect(relationship.type).toBe('company_people');
    expect(header.columns.find((column) => column.name === 'people')?.config.peopleTableId).toBe(
      relationship.tableId,
    );
    const peopleTable = (await call<Table>('GET', `/tables/${relationship.tableId}`)).body;
    expect(peopleTable).toMatchObject({
      kind: 'people',
      parentRelationships: [{ tableId: company.id, type: 'company_people' }],
    });
    expect(people.map((person) => person.data)).toEqual([
      expect.objectContaining({
        name: 'Wile E. Coyote',
        role: 'CEO',
        linkedin_url: `https://www.linkedin.com/in/wile-${tag}`,
        company: [acme?.id],
      }),
      // An answer that is no address leaves the cell empty, the person kept.
      expect.objectContaining({ name: 'Road Runner', role: 'CTO', linkedin_url: null, company: [acme?.id] }),
    ]);
    const parent = await call<{ parent: { rowId: string; data: Record<string, unknown> } }>(
      'GET',
      `/tables/${relationship.tableId}/rows/${people[0]?.id}/parent`,
    );
    expect(parent.body.parent).toMatchObject({ rowId: acme?.id, data: { company_name: `Acme ${tag}` } });

    await run(company.id, { columns: ['people'], mode: 'all' });
    await idle(company.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await rowsOf(relationship.tableId);
    expect(again).toHaveLength(2);
    expect(again.map((person) => person.id)).not.toContain(people[0]?.id);

    // Deleting the people table: the finder forgets it (no link to a missing table), the next run makes one.
    expect((await call('DELETE', `/tables/${relationship.tableId}`)).status).toBe(204);
    const forgotten = (await call<Table>('GET', `/tables/${company.id}`)).body;
    expect(forgotten.childRelationships).toEqual([]);
    expect(forgotten.columns.find((column) => column.name === 'people')?.config).not.toHaveProperty(
      'peopleTableId',
    );
    await run(company.id, { columns: ['people'], mode: 'all' });
    await idle(company.id);
    const renewed = await eventually(childrenOf, 20_000, 'the new people table');
    expect(renewed.relationship.tableId).not.toBe(relationship.tableId);
    expect(renewed.header.columns.find((column) => column.name === 'people')?.config.peopleTableId).toBe(
      renewed.relationship.tableId,
    );
  });
});
