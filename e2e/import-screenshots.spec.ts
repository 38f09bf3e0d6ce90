import { expect, test } from '@playwright/test';
import { ImportWizard } from './pages/import-wizard.ts';
import { TablesPage } from './pages/tables-page.ts';
import { TemplateGallery } from './pages/template-gallery.ts';

// Takes the import wizard and template gallery screenshots in docs/screenshots; run on purpose only:
// `SCREENSHOTS=1 npx playwright test e2e/import-screenshots.spec.ts`.
test.skip(!process.env.SCREENSHOTS, 'screenshots are taken on request (SCREENSHOTS=1)');
test.use({ viewport: { width: 1440, height: 860 } });

const CSV = [
  'Customer,Contact,Rating,Feedback,Received,Website,,Customer',
  'Acme Corp,ceo@acme.example,5,"Excellent support, fast resolution",2026-04-01,https://acme.example,x,Acme',
  'Globex,ops@globex.example,2,I was charged twice this month,2026-04-02,https://globex.example,y,Globex',
  'Initech,it@initech.example,4,Please add an export to Excel,2026-04-03,,z,Initech',
  'Hooli,hi@hooli.example,3,"Works, but the import was slow",2026-04-04,https://hooli.example,,Hooli',
].join('\n');

test('import wizard and template gallery screenshots', async ({ page }) => {
  const app = new TablesPage(page);
  await app.goto();
  await page.getByRole('main').getByRole('button', { name: 'Import a file' }).click();
  const wizard = new ImportWizard(page);
  await wizard.chooseFile('customer-feedback.csv', CSV);
  await wizard.retype('Rating', 'Number');
  await wizard.skip('column_7');
  await wizard.rename('Customer_2', 'customer_again');
  await page.screenshot({ path: 'docs/screenshots/import-wizard.png' });
  await expect(await wizard.importRows()).toContainText('4 rows imported');
  await page.screenshot({ path: 'docs/screenshots/import-report.png' });
  await wizard.dialog.getByRole('button', { name: 'Open the table' }).click();

  const gallery = new TemplateGallery(page);
  await gallery.open();
  await page.screenshot({ path: 'docs/screenshots/template-gallery.png' });
});

test('import wizard: a messy file, the choice for values that do not fit, and the report', async ({
  page,
}) => {
  const app = new TablesPage(page);
  await app.goto();
  await page.getByRole('main').getByRole('button', { name: 'Import a file' }).click();
  const wizard = new ImportWizard(page);
  await wizard.chooseFile(
    'invoices.csv',
    [
      'Customer,Amount,Due,Units',
      'Acme Corp,"$1,234.50",2024-02-18,3',
      'Globex,99.5,31/02/2024,N/A',
      'Initech,12,2024-03-01,7',
      'Hooli,N/A,2024-03-02,2',
    ].join('\n'),
  );
  await wizard.retype('Amount', 'Number');
  await wizard.retype('Due', 'Date');
  await wizard.retype('Units', 'Number');
  await wizard.dialog.getByRole('group', { name: /does not fit/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/import-invalid-values.png' });
  await expect(await wizard.importRows()).toContainText('4 values left empty');
  await page.screenshot({ path: 'docs/screenshots/import-refused-values.png' });
});
