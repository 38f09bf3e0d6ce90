import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { CellDetail } from '../../src/contract/cells.ts';
import type { ContactSettings } from '../../src/contract/contacts.ts';
import type { Row } from '../../src/contract/rows.ts';
import type { Table } from '../../src/contract/tables.ts';
import { idle, rowsOf, run } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { freshStoreEnv } from '../support/embedded-store.ts';
import { startFakeContacts } from '../support/fake-contacts.ts';
import { startServer } from '../support/server-process.ts';

const contactColumns = [
  { name: 'name', dataType: 'text' },
  { name: 'email', dataType: 'email' },
  { name: 'work_email', dataType: 'ai', config: { kind: 'email_finder' } },
  { name: 'phone', dataType: 'ai', config: { kind: 'phone_finder' } },
  { name: 'linkedin', dataType: 'ai', config: { kind: 'reverse_email_lookup', prompt: '{email}' } },
];

async function peopleTable(rows: Array<Record<string, unknown>>, baseUrl?: string) {
  const table = (
    await call<Table>(
      'POST',
      '/tables',
      { name: 'People', kind: 'people', projectId: `test-${crypto.randomUUID()}`, columns: contactColumns },
      {},
      baseUrl,
    )
  ).body;
  const inserted = await call<Row[]>(
    'POST',
    `/tables/${table.id}/rows`,
    { rows: rows.map((data) => ({ data })) },
    {},
    baseUrl,
  );
  return { table, rows: inserted.body };
}

describe('contact columns', () => {
  it('fail with what to configure when no contact provider is set up, and invent nothing', async () => {
    expect((await call<ContactSettings>('GET', '/contacts/settings')).body.provider).toBeNull();
    const { table, rows } = await peopleTable([{ name: 'Ada Lovelace', email: 'ada@example.org' }]);
    await run(table.id);
    await idle(table.id);
    for (const column of ['work_email', 'phone', 'linkedin']) {
      const detail = await call<CellDetail>('GET', `/tables/${table.id}/rows/${rows[0]?.id}/cells/${column}`);
      expect(detail.body.status).toBe('failed');
      expect(detail.body.error).toMatch(/No contact provider is configured.*CONTACTS_PROVIDER_URL.*Settings/);
    }
    const [row] = await rowsOf(table.id);
    expect(row?.data).toMatchObject({ work_email: null, phone: null, linkedin: null });
    // Nor does a preview ask a model in the provider's stead.
    const preview = await call<{ error: string }>('POST', `/tables/${table.id}/columns/preview`, {
      name: 'work_email',
      config: { kind: 'email_finder' },
    });
    expect(preview.status).toBe(400);
    expect(preview.body.error).toMatch(/run this column on a row instead/);
  });

  it('ask the provider set in Settings, its key never shown back and sent as a bearer token', {
    timeout: 90_000,
  }, async () => {
    const contacts = await startFakeContacts(
      { 'Ada Lovelace': { email: 'ada@analytical.example', phone: '+44 20 7946 0000' } },
      { 'ada@example.org': { linkedin_url: 'https://www.linkedin.com/in/ada', title: 'Analyst' } },
    );
    onTestFinished(() => contacts.close());
    const storeEnv = await freshStoreEnv();
    const server = await startServer({ ...storeEnv, ...inject('aiEnv') });
    onTestFinished(() => void server.stop());
    const key = 'contacts-key-0123456789abcdef';
    const saved = await call<ContactSettings>(
      'PUT',
      '/contacts/provider',
      { name: 'Test finder', baseUrl: contacts.url, apiKey: key },
      {},
      server.baseUrl,
    );
    expect(saved.status).toBe(200);
    expect(saved.body.provider).toMatchObject({
      name: 'Test finder',
      apiKeySet: true,
      apiKeyPreview: '…cdef',
    });
    expect(JSON.stringify(saved.body)).not.toContain(key);

    const { table } = await peopleTable(
      [
        { name: 'Ada Lovelace', email: 'ada@example.org' },
        { name: 'Nobody Known', email: 'nobody@example.org' },
      ],
      server.baseUrl,
    );
    await run(table.id, {}, server.baseUrl);
    await idle(table.id, server.baseUrl);
    const [ada, nobody] = await rowsOf(table.id, server.baseUrl);
    expect(ada?.data).toMatchObject({
      work_email: 'ada@analytical.example',
      phone: '+44 20 7946 0000',
      linkedin: { linkedin_url: 'https://www.linkedin.com/in/ada', title: 'Analyst' },
    });
    // Not found is an empty answer with a note, never a made-up address.
    expect(nobody?.data).toMatchObject({ work_email: null, phone: null, linkedin: null });
    expect(nobody?.cells?.work_email).toMatchObject({
      status: 'done',
      note: 'The contact provider found no email address',
    });
    expect(contacts.calls.every((received) => received.authorization === `Bearer ${key}`)).toBe(true);
    expect(contacts.calls.find((received) => received.kind === 'email_finder')?.person).toMatchObject({
      fullName: 'Ada Lovelace',
    });
  });
});
