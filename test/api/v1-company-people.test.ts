import { describe, expect, it } from 'vitest';
import type { V1Row, V1TableData } from '../../src/contract/v1/rows.ts';
import type { V1TableHeader, V1TableWithStatus } from '../../src/contract/v1/tables.ts';
import { fakeRules } from '../support/ai.ts';
import { eventually } from '../support/eventually.ts';
import { conforms } from '../support/extruct-docs.ts';
import { v1 } from '../support/v1.ts';

const dataOf = async (tableId: string) => (await v1<V1TableData>('GET', `/tables/${tableId}/data`)).body;

/** Polls GET /v1/tables/{id} until idle with nothing in progress, as the documents say. */
const finished = (tableId: string) =>
  eventually(async () => {
    const table = (await v1<V1TableWithStatus>('GET', `/tables/${tableId}`)).body;
    return table.status.run_status === 'idle' && table.status.num_cells_in_progress === 0 ? table : undefined;
  });

describe('/v1 company and people tables', () => {
  it('fill the company system columns, and a people finder makes a linked people table with parent rows', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    await fakeRules([
      {
        match: `- company_name: "Globex ${tag}"`,
        reply: { value: [{ name: 'Hank Scorpio', role: 'CEO', linkedin_url: null }] },
      },
      {
        match: `globex-${tag}.example`,
        reply: {
          value: {
            name: `Globex ${tag}`,
            website: `https://globex-${tag}.example`,
            description: 'Everything',
            industry: null,
            headquarters: 'Cypress Creek',
            employees: null,
          },
        },
      },
    ]);
    const finder = {
      kind: 'company_people_finder',
      name: 'Leaders',
      key: 'leaders',
      value: { roles: ['CEO'], max_results: 3 },
    };
    const created = await v1<V1TableHeader>('POST', '/tables', {
      name: 'Prospects',
      kind: 'company',
      column_configs: [{ kind: 'input', name: 'Company', key: 'input' }, finder],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(conforms('createTable', 'TableHeaderOutput', created.body)).toBe(true);
    expect(created.body.columns.map((column) => column.config)).toEqual([
      { kind: 'input', name: 'Company', key: 'input' },
      { kind: 'company_name', name: 'Company name', key: 'company_name' },
      { kind: 'company_website', name: 'Company website', key: 'company_website' },
      { kind: 'company_profile', name: 'Company profile', key: 'company_profile' },
      finder,
    ]);
    const [company] = (
      await v1<V1Row[]>('POST', `/tables/${created.body.id}/rows`, {
        rows: [{ data: { input: `globex-${tag}.example` } }],
        run: true,
      })
    ).body;
    const header = await eventually(async () => {
      const table = await finished(created.body.id);
      return table.child_relationships?.length ? table : undefined;
    });
    const [relationship] = header.child_relationships ?? [];
    expect(relationship?.relationship_type).toBe('company_people');
    const companyData = await dataOf(created.body.id);
    expect(companyData.rows?.[0]?.data).toMatchObject({
      company_name: { value: `Globex ${tag}`, status: 'done' },
      company_website: { value: `https://globex-${tag}.example`, status: 'done' },
      leaders: { status: 'done' },
    });

    const people = await eventually(async () => {
      const data = await dataOf(relationship?.table_id ?? '');
      return data.rows?.length === 1 ? data : undefined;
    });
    expect(conforms('getTableData', 'TableDataOutput', people)).toBe(true);
    expect(people).toMatchObject({
      kind: 'people',
      parent_relationships: [{ table_id: created.body.id, relationship_type: 'company_people' }],
    });
    const [person] = people.rows ?? [];
    expect(person).toMatchObject({
      parent_row_id: company?.id,
      data: { name: { value: 'Hank Scorpio', status: 'done' }, role: { value: 'CEO' } },
      parent_data: {
        company_name: { value: `Globex ${tag}`, status: 'done' },
        input: { value: `globex-${tag}.example` },
      },
    });
  });

  it('accept contact columns and, without a contact provider, fail their cells rather than guess', async () => {
    const created = await v1<V1TableHeader>('POST', '/tables', {
      name: 'Contacts',
      kind: 'people',
      column_configs: [
        { kind: 'input', name: 'Name', key: 'name' },
        { kind: 'input', name: 'Email', key: 'email' },
        { kind: 'email_finder', name: 'Work email', key: 'work_email' },
        { kind: 'reverse_email_lookup', name: 'Profile', key: 'profile', email_column_key: 'email' },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.columns.map((column) => (column.config as { kind: string }).kind)).toEqual([
      'input',
      'input',
      'email_finder',
      'reverse_email_lookup',
    ]);
    expect(created.body.columns[3]?.config).toEqual({
      kind: 'reverse_email_lookup',
      name: 'Profile',
      key: 'profile',
      email_column_key: 'email',
    });
    await v1('POST', `/tables/${created.body.id}/rows`, {
      rows: [{ data: { name: 'Ada Lovelace', email: 'ada@example.org' } }],
      run: true,
    });
    await finished(created.body.id);
    const [row] = (await dataOf(created.body.id)).rows ?? [];
    expect(row?.data).toMatchObject({
      work_email: { value: null, status: 'failed' },
      profile: { value: null, status: 'failed' },
    });
  });
});
