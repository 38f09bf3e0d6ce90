import { expect, test } from '@playwright/test';
import { EnrichPanel } from './pages/enrich-panel.ts';
import { GridPage } from './pages/grid-page.ts';
import { TablesApi } from './pages/tables-page.ts';
import { scriptProvider } from './support/fake-provider.ts';

// Takes the enrichment panel's screenshots in docs/screenshots; run on purpose only:
// `SCREENSHOTS=1 npx playwright test e2e/enrich-screenshots.spec.ts`.
test.skip(!process.env.SCREENSHOTS, 'screenshots are taken on request (SCREENSHOTS=1)');
test.use({ viewport: { width: 1600, height: 900 } });

const COMPANIES = [
  ['Northwind Traders', 'Food distribution', 'Seattle'],
  ['Contoso Pharma', 'Pharmaceuticals', 'Basel'],
  ['Fabrikam Robotics', 'Industrial robots', 'Munich'],
  ['Tailspin Air', 'Regional airline', 'Denver'],
  ['Wingtip Toys', 'Toys', 'Lyon'],
  ['Litware Labs', 'Developer tools', 'Austin'],
];

test('enrichment screenshots', async ({ page, request }) => {
  await scriptProvider(request, [
    {
      model: 'shots-enrich',
      match: 'Research notes:',
      reply: { value: 'https://www.example.com/' },
      delayMs: 900,
    },
    {
      model: 'shots-enrich',
      match: 'First gather',
      content: 'Official site listed in the company registry and on its press page.',
      delayMs: 600,
    },
  ]);
  const { id } = await new TablesApi(request).createTable(
    'Accounts',
    [
      { name: 'company', displayName: 'Company', dataType: 'text' },
      { name: 'industry', displayName: 'Industry', dataType: 'text' },
      { name: 'city', displayName: 'City', dataType: 'text' },
      { name: 'website', displayName: 'Website', dataType: 'url' },
    ],
    COMPANIES.map(([company, industry, city]) => ({ company, industry, city })),
  );
  const grid = new GridPage(page);
  await grid.goto(id);
  const enrich = new EnrichPanel(page);
  await enrich.openFromRunMenu();
  await enrich.field('Column to fill').selectOption('website');
  await enrich.panel.getByText('My prompt', { exact: true }).click();
  await enrich.field('Prompt').fill('Find the official website of {company}, a {industry} company in {city}');
  await enrich.field('Model').fill('shots-enrich');
  await enrich.panel.getByRole('button', { name: 'Preview plan' }).click();
  await expect(enrich.plan).toContainText('Research, then synthesize');
  await page.screenshot({ path: 'docs/screenshots/enrich-plan.png' });

  await enrich.panel.getByRole('button', { name: 'Enrich 6 rows' }).click();
  await expect(grid.cell(0, 3).getByRole('button', { name: /^(Queued|Running)/ })).toBeVisible();
  await expect(enrich.panel.getByRole('list', { name: 'This enrichment' })).toContainText('Running');
  await page.screenshot({ path: 'docs/screenshots/enrich-running.png' });

  await expect(enrich.history.first()).toContainText('Completed', { timeout: 20_000 });
  await grid.cell(0, 3).getByRole('button', { name: 'Done' }).click();
  const detail = page
    .locator('aside.side-panel')
    .filter({ has: page.getByRole('heading', { name: 'AI cell' }) });
  await expect(detail).toContainText('Research');
  await page.screenshot({ path: 'docs/screenshots/enrich-cell.png' });
});
