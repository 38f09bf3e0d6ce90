import { expect, test } from '@playwright/test';
import { TablesApi, TablesPage } from './pages/tables-page.ts';

const DEAL_COLUMNS = [
  { name: 'company', displayName: 'Company', dataType: 'text' },
  { name: 'stage', displayName: 'Stage', dataType: 'select', config: { options: ['Lead', 'Customer'] } },
  { name: 'value', displayName: 'Value', dataType: 'number' },
];

test.describe('history and the row panel', () => {
  test('restores an earlier version of a row from the History panel', async ({ page, request }) => {
    const api = new TablesApi(request);
    const app = new TablesPage(page);
    const { id, rows } = await api.createTable('Deals', DEAL_COLUMNS, [
      { company: 'Acme', stage: 'Lead', value: 100 },
      { company: 'Globex', stage: 'Lead', value: 50 },
    ]);
    const acme = rows[0]?.id ?? '';
    await api.updateRow(id, acme, { company: 'Acme', stage: 'Customer', value: 250 });

    await app.openTable(id, 'Deals');
    await expect(app.grid.getByRole('gridcell').filter({ hasText: 'Customer' })).toHaveCount(1);

    await app.toolbarButton('History').click();
    const changes = app.sidePanel.getByRole('list', { name: 'Table history' }).getByRole('listitem');
    await expect(changes).toHaveCount(3);
    await expect(changes.first()).toContainText('Edited');
    await expect(changes.first()).toContainText('Acme');
    await expect(changes.first()).toContainText('Stage, Value');

    await changes.first().getByRole('button').click();
    const versions = app.sidePanel.getByRole('list', { name: 'Row versions' }).getByRole('listitem');
    await expect(versions).toHaveCount(2);
    await expect(versions.first()).toContainText('Current version');
    await expect(versions.first()).toContainText(/Stage\s*Lead\W*changed to\s*Customer/);
    await versions.nth(1).getByRole('button', { name: 'Restore this version' }).click();

    await expect(app.sidePanel.getByRole('status')).toHaveText('Restored version 1.');
    await expect(versions).toHaveCount(3);
    await expect(versions.first()).toContainText('Restored');
    // The grid shows the old value again, and the server holds it.
    await expect(app.grid.getByRole('gridcell').filter({ hasText: 'Customer' })).toHaveCount(0);
    await expect(app.grid.getByRole('gridcell').filter({ hasText: '100' })).toHaveCount(1);
    expect((await api.row(id, acme)).data).toEqual({ company: 'Acme', stage: 'Lead', value: 100 });

    // A restore can be undone: the row is back as it was before it.
    await app.sidePanel.getByRole('button', { name: 'Undo' }).click();
    await expect(app.sidePanel.getByRole('status')).toHaveText('Undone: back to version 2.');
    await expect(versions).toHaveCount(4);
    await expect(app.grid.getByRole('gridcell').filter({ hasText: 'Customer' })).toHaveCount(1);
    expect((await api.row(id, acme)).data.stage).toBe('Customer');

    await app.sidePanel.getByRole('button', { name: '← All changes' }).click();
    await expect(changes).toHaveCount(5);
    await expect(changes.nth(1)).toContainText('Restored');
  });

  test('edits a row in the row panel, shows field errors, and keeps edits through a conflict', async ({
    page,
    request,
  }) => {
    const api = new TablesApi(request);
    const app = new TablesPage(page);
    const { id, rows } = await api.createTable(
      'Contacts',
      [
        { name: 'name', displayName: 'Name', dataType: 'text' },
        { name: 'age', displayName: 'Age', dataType: 'number' },
        { name: 'vip', displayName: 'VIP', dataType: 'boolean' },
      ],
      [{ name: 'Ada', age: 36, vip: false }],
    );
    const ada = rows[0]?.id ?? '';
    await app.openTable(id, 'Contacts');

    // Into the row panel through the row's history.
    await app.toolbarButton('History').click();
    await app.sidePanel.getByRole('list', { name: 'Table history' }).getByRole('button').first().click();
    await app.sidePanel.getByRole('button', { name: 'Open row' }).click();
    const form = app.sidePanel.getByRole('form', { name: 'Edit row' });
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Ada');
    await expect(form.getByLabel('Name', { exact: true })).toBeFocused();

    await app.fillAndSave(form, { Age: 'old' }, 'Save');
    await expect(form.getByLabel('Age', { exact: true })).toHaveAccessibleDescription('Expected a number');
    await app.fillAndSave(form, { Age: '37' }, 'Save');
    await expect(form.getByRole('status')).toContainText('Saved');
    expect((await api.row(id, ada)).data).toEqual({ name: 'Ada', age: 37, vip: false });

    // Someone else saves other fields while a name is being typed here: the edits merge.
    await form.getByLabel('Name', { exact: true }).fill('Ada L.');
    await api.updateRow(id, ada, { name: 'Ada', age: 40, vip: true });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('status')).toContainText('Saved');
    expect((await api.row(id, ada)).data).toEqual({ name: 'Ada L.', age: 40, vip: true });

    // Someone else renames her too: 409 on the name, the row reloads, the edit here stays.
    await expect(form.getByLabel('Age', { exact: true })).toHaveValue('40');
    await form.getByLabel('Name', { exact: true }).fill('Ada King');
    await api.updateRow(id, ada, { name: 'Ada Lovelace', age: 41, vip: true });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('alert')).toContainText('Someone else changed this row');
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Ada King');
    await expect(form.getByLabel('Age', { exact: true })).toHaveValue('41');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('status')).toContainText('Saved');
    expect((await api.row(id, ada)).data).toEqual({ name: 'Ada King', age: 41, vip: true });

    await app.sidePanel.getByRole('button', { name: 'View history' }).click();
    await expect(app.sidePanel.getByRole('list', { name: 'Row versions' }).getByRole('listitem')).toHaveCount(
      6,
    );
  });
});
