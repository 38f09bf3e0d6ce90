import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ImportWizard } from './pages/import-wizard.ts';
import { TablesApi, TablesPage } from './pages/tables-page.ts';
import { TemplateGallery } from './pages/template-gallery.ts';

const CSV = [
  'Customer,Rating,Joined,Internal code',
  'Acme Corp,5,2026-04-03,A-1',
  '"Globex, Inc",3,2026-04-04,G-7',
  'Initech,4,2026-04-05,I-2',
].join('\n');

/** Currency, "N/A" and an impossible date in typed columns. */
const MESSY = [
  'name,amount,due,units',
  'Acme,"$1,234.50",2024-02-18,3',
  'Globex,99.5,31/02/2024,N/A',
  'Initech,12,2024-03-01,7',
  'Umbrella,N/A,2024-03-02,',
].join('\n');

test.describe('import, export and templates', () => {
  test('imports a CSV as a new table with a changed mapping, then exports it', async ({ page, request }) => {
    const app = new TablesPage(page);
    await app.goto();
    await page.getByRole('main').getByRole('button', { name: 'Import a file' }).click();
    const wizard = new ImportWizard(page);
    await wizard.chooseFile('customers.csv', CSV);
    await expect(wizard.dialog.getByText('3 rows and 4 columns found')).toBeVisible();
    // The file's first rows as read, before types apply.
    await wizard.dialog.getByText('First 3 rows of the file').click();
    await expect(wizard.dialog.getByRole('cell', { name: 'Globex, Inc', exact: true })).toBeVisible();
    // What the server inferred, shown for editing.
    await expect(wizard.dialog.getByLabel('Type for Rating')).toHaveValue('number');
    await expect(wizard.dialog.getByLabel('Type for Joined')).toHaveValue('date');
    await wizard.rename('Customer', 'company');
    await wizard.retype('Rating', 'Text');
    await wizard.skip('Internal code');
    await wizard.dialog.getByLabel('Table name').fill('Customers');
    await expect(await wizard.importRows()).toHaveText('Import finished. 3 rows imported.');
    await wizard.dialog.getByRole('button', { name: 'Open the table' }).click();
    await expect(app.heading).toHaveText('Customers');
    await expect(app.rowCount).toHaveText('3 rows');
    await expect(app.grid.getByRole('gridcell').filter({ hasText: 'Globex, Inc' })).toBeVisible();

    const tableId = page.url().split('/').pop() ?? '';
    const table = (await (await request.get(`/api/tables/${tableId}`)).json()) as {
      columns: Array<{ name: string; dataType: string }>;
    };
    expect(table.columns.map((column) => [column.name, column.dataType])).toEqual([
      ['company', 'text'],
      ['Rating', 'text'],
      ['Joined', 'date'],
    ]);
    expect((await new TablesApi(request).rows(tableId)).map((row) => row.data.Rating)).toEqual([
      '5',
      '3',
      '4',
    ]);

    await app.toolbarButton('Export').click();
    const menu = page.getByRole('dialog', { name: 'Export' });
    await menu.getByLabel('CSV').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('link', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Customers.csv');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toBe(
      '\uFEFFcompany,Rating,Joined\nAcme Corp,5,2026-04-03\n"Globex, Inc",3,2026-04-04\nInitech,4,2026-04-05\n',
    );
  });

  test('imports rows dropped on the wizard into the open table, reporting the rows left out', async ({
    page,
    request,
  }) => {
    const api = new TablesApi(request);
    const { id } = await api.createTable('Scores', [
      { name: 'name', displayName: 'Name', dataType: 'text' },
      { name: 'score', displayName: 'Score', dataType: 'number' },
    ]);
    const app = new TablesPage(page);
    await app.openTable(id, 'Scores');
    await app.toolbarButton('Import').click();
    const wizard = new ImportWizard(page);
    await wizard.dropFile('scores.csv', 'name,score\nAda,9\nBob,lots\nCy,7\n');
    await expect(wizard.dialog.getByLabel('Type for score')).toBeDisabled();
    await wizard.dialog.getByLabel('Leave the row out').check();
    await expect(await wizard.importRows()).toHaveText('Import finished. 2 rows imported, 1 row left out.');
    await expect(wizard.dialog.getByRole('table').last()).toContainText(
      'Column "score": "lots" is not a valid number',
    );
    await wizard.dialog.getByRole('button', { name: 'Close' }).last().click();
    await expect(app.rowCount).toHaveText('2 rows');
  });

  test('keeps every row of a messy file with its refused cells empty, and offers every refused value as CSV', async ({
    page,
  }) => {
    const app = new TablesPage(page);
    await app.goto();
    await page.getByRole('main').getByRole('button', { name: 'Import a file' }).click();
    const wizard = new ImportWizard(page);
    await wizard.chooseFile('messy.csv', MESSY);
    await wizard.retype('amount', 'Number');
    await wizard.retype('due', 'Date');
    await wizard.retype('units', 'Number');
    // Keeping the row is what the wizard starts on.
    await expect(wizard.dialog.getByLabel('Leave the cell empty')).toBeChecked();
    await expect(await wizard.importRows()).toHaveText(
      'Import finished. 4 rows imported, 4 values left empty.',
    );
    const report = wizard.dialog.getByRole('table').last();
    await expect(report).toContainText('Column "amount": "$1,234.50" is not a valid number');
    await expect(report).toContainText('Cell left empty');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      wizard.dialog.getByRole('link', { name: 'Download all 4 refused values (CSV)' }).click(),
    ]);
    expect(
      readFileSync(await download.path(), 'utf8')
        .trimEnd()
        .split('\n'),
    ).toEqual([
      '\uFEFFrow,line,column,value,reason,outcome',
      '1,2,amount,"$1,234.50",not a valid number,cell left empty',
      '2,3,due,31/02/2024,not a valid date,cell left empty',
      '2,3,units,N/A,not a valid number,cell left empty',
      '4,5,amount,N/A,not a valid number,cell left empty',
    ]);
    await wizard.dialog.getByRole('button', { name: 'Open the table' }).click();
    await expect(app.rowCount).toHaveText('4 rows');
    await expect(app.grid.getByRole('gridcell').filter({ hasText: 'Umbrella' })).toBeVisible();
  });

  test('creates a table from a template with its sample rows', async ({ page }) => {
    const app = new TablesPage(page);
    await app.goto();
    const gallery = new TemplateGallery(page);
    await gallery.open();
    await expect(gallery.card('Customer feedback triage')).toContainText('Sentiment');
    await gallery.dialog.getByRole('button', { name: 'Projects', exact: true }).click();
    await expect(gallery.card('Customer feedback triage')).toBeHidden();
    await gallery.create('Sprint planning', 'Sprint 14', true);
    await expect(app.heading).toHaveText('Sprint 14');
    await expect(app.rowCount).toHaveText('3 rows');
    await expect(app.grid.getByRole('columnheader', { name: /Acceptance criteria/ })).toBeVisible();
    await expect(
      app.grid.getByRole('gridcell').filter({ hasText: 'Import a CSV into a table' }),
    ).toBeVisible();
  });
});
