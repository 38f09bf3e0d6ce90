import { expect, test } from '@playwright/test';
import { TablesPage } from './pages/tables-page.ts';

test.describe('tables page', () => {
  test('creates a table, adds columns and rows, and refuses a bad number inline', async ({ page }) => {
    const app = new TablesPage(page);
    await app.goto();
    await expect(page.getByText('No tables yet — create one').first()).toBeVisible();

    await app.createTable('Customer Feedback');
    await expect(page).toHaveURL(/\/tables\/[^/]+$/);
    await expect(app.rowCount).toHaveText('0 rows');

    await app.addColumn('Customer', 'Text');
    await app.addColumn('Rating', 'Number');
    await expect(app.rowsTable.getByRole('columnheader')).toHaveText([/Row number/, /Customer/, /Rating/]);

    await app.submitRow({ Customer: 'Acme', Rating: '4' });
    await expect(app.rowCount).toHaveText('1 row');
    // The form clears after a successful insert, ready for the next row.
    await expect(app.addRowForm.getByLabel('Customer', { exact: true })).toHaveValue('');
    await app.submitRow({ Customer: 'Globex', Rating: '2.5' });
    await expect(app.rowCount).toHaveText('2 rows');

    await expect(app.dataRows()).toHaveCount(2);
    await expect(app.dataRows().nth(0).getByRole('cell')).toHaveText(['1', 'Acme', '4']);
    await expect(app.dataRows().nth(1).getByRole('cell')).toHaveText(['2', 'Globex', '2.5']);
    await expect(app.tableLink('Customer Feedback')).toHaveAccessibleName(/2 rows/);

    // A non-number in a number column: the server refuses and its message shows at the field.
    await app.submitRow({ Customer: 'Initech', Rating: 'lots' });
    const rating = app.addRowForm.getByLabel('Rating', { exact: true });
    await expect(rating).toHaveAttribute('aria-invalid', 'true');
    await expect(rating).toHaveAccessibleDescription('Expected a number');
    await expect(app.addRowForm.getByRole('alert')).toContainText('Rating: Expected a number');
    await expect(app.rowCount).toHaveText('2 rows');
    await expect(app.dataRows()).toHaveCount(2);

    // The selected table is in the URL, so a reload shows it again.
    await page.reload();
    await expect(app.heading).toHaveText('Customer Feedback');
    await expect(app.dataRows()).toHaveCount(2);
  });

  test('renames and deletes a table from the sidebar', async ({ page }) => {
    const app = new TablesPage(page);
    await app.goto();
    await app.createTable('Scratch');

    await app.sidebar.getByRole('button', { name: 'Rename table Scratch' }).click();
    const nameInput = app.sidebar.getByLabel('Table name', { exact: true });
    await nameInput.fill('Ignored');
    await nameInput.press('Escape');
    await expect(app.tableLink('Scratch')).toBeVisible();

    await app.sidebar.getByRole('button', { name: 'Rename table Scratch' }).click();
    await nameInput.fill('Leads');
    await nameInput.press('Enter');
    await expect(app.tableLink('Leads')).toBeVisible();
    await expect(app.heading).toHaveText('Leads');

    await app.sidebar.getByRole('button', { name: 'Delete table Leads' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Leads”?' });
    await dialog.getByRole('button', { name: 'Delete table' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.tableLink('Leads')).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });
});
