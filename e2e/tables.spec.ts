import { expect, test } from '@playwright/test';
import { TablesApi, TablesPage } from './pages/tables-page.ts';

test.describe('tables', () => {
  test('creates a table, adds columns and rows, and refuses a bad number at its field', async ({
    page,
    request,
  }) => {
    const app = new TablesPage(page);
    await app.goto();
    await expect(page.getByRole('main').getByRole('button', { name: 'New table' })).toBeVisible();

    await app.createTable('Feedback Log');
    await expect(page).toHaveURL(/\/tables\/[^/]+$/);
    await expect(app.rowCount).toHaveText('0 rows');
    await expect(page.getByText('No columns yet')).toBeVisible();

    await app.addColumn('Customer', 'Text');
    await app.addColumn('Rating', 'Number');
    await expect(page.getByText('2 columns')).toBeVisible();

    const form = await app.openNewRow();
    await app.fillAndSave(form, { Customer: 'Acme', Rating: '4' });
    await expect(app.rowCount).toHaveText('1 row');
    // The form clears after a successful insert, ready for the next row.
    await expect(form.getByLabel('Customer', { exact: true })).toHaveValue('');
    await app.fillAndSave(form, { Customer: 'Globex', Rating: '2.5' });
    await expect(app.rowCount).toHaveText('2 rows');

    await expect(app.grid.getByRole('gridcell').filter({ hasText: 'Acme' })).toBeVisible();
    await expect(app.grid.getByRole('gridcell').filter({ hasText: 'Globex' })).toBeVisible();
    await expect(app.tableLink('Feedback Log')).toHaveAccessibleName(/2 rows/);
    const tableId = page.url().split('/').pop() ?? '';
    const stored = await new TablesApi(request).rows(tableId);
    expect(stored.map((row) => row.data)).toEqual([
      { customer: 'Acme', rating: 4 },
      { customer: 'Globex', rating: 2.5 },
    ]);

    // A non-number in a number column: the server refuses and its message shows at the field.
    await app.fillAndSave(form, { Customer: 'Initech', Rating: 'lots' });
    const rating = form.getByLabel('Rating', { exact: true });
    await expect(rating).toHaveAttribute('aria-invalid', 'true');
    await expect(rating).toHaveAccessibleDescription('Expected a number');
    await expect(form.getByRole('alert')).toContainText('Rating: Expected a number');
    await expect(app.rowCount).toHaveText('2 rows');

    // The open table is in the URL, so a reload shows it again.
    await page.reload();
    await expect(app.heading).toHaveText('Feedback Log');
    await expect(app.grid.getByRole('gridcell').filter({ hasText: 'Globex' })).toBeVisible();
  });

  test('renames a table from the sidebar and the header, and deletes it', async ({ page }) => {
    const app = new TablesPage(page);
    await app.goto();
    await app.createTable('Scratch');

    await app.sidebar.getByRole('button', { name: 'Rename table Scratch' }).click();
    const nameInput = app.sidebar.getByLabel('Table name', { exact: true });
    await nameInput.fill('Ignored');
    await nameInput.press('Escape');
    await expect(app.tableLink('Scratch')).toBeVisible();

    // A name no other spec gives a table: the specs share one store.
    await app.sidebar.getByRole('button', { name: 'Rename table Scratch' }).click();
    await nameInput.fill('Warm leads');
    await nameInput.press('Enter');
    await expect(app.tableLink('Warm leads')).toBeVisible();
    await expect(app.heading).toHaveText('Warm leads');

    // The heading is the name, editable in place: Escape cancels, Enter saves.
    const main = page.getByRole('main');
    await app.heading.getByRole('button').click();
    await main.getByLabel('Table name', { exact: true }).fill('Nope');
    await main.getByLabel('Table name', { exact: true }).press('Escape');
    await expect(app.heading).toHaveText('Warm leads');
    await app.heading.getByRole('button').click();
    await main.getByLabel('Table name', { exact: true }).fill('Hot leads');
    await main.getByLabel('Table name', { exact: true }).press('Enter');
    await expect(app.heading).toHaveText('Hot leads');
    await expect(app.tableLink('Hot leads')).toBeVisible();

    await app.sidebar.getByRole('button', { name: 'Delete table Hot leads' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Hot leads”?' });
    await dialog.getByRole('button', { name: 'Delete table' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.tableLink('Hot leads')).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });

  test('the sidebar catches up with tables and rows that scripts add', async ({ page, request }) => {
    const api = new TablesApi(request);
    const app = new TablesPage(page);
    // The list is asked again every 15 s: a fake clock steps over the wait.
    await page.clock.install();
    await app.goto();
    const { id } = await api.createTable('From a script', [{ name: 'n', dataType: 'number' }], [{ n: 1 }]);
    // The script makes the table, then adds its row: a refresh that lands between the two shows the table
    // empty, and the sidebar is right again one refresh later.
    await expect(async () => {
      await page.clock.fastForward(16_000);
      await expect(app.tableLink('From a script')).toHaveAccessibleName(/1 row$/, { timeout: 2_000 });
    }).toPass({ timeout: 15_000 });

    const added = await request.post(`/api/tables/${id}/rows`, {
      data: { rows: [{ data: { n: 2 } }, { data: { n: 3 } }] },
    });
    expect(added.ok()).toBe(true);
    await page.clock.fastForward(16_000);
    await expect(app.tableLink('From a script')).toHaveAccessibleName(/3 rows$/);
  });
});
