import { expect, test } from '@playwright/test';
import { AiColumnPanel } from './pages/ai-column-panel.ts';
import { GridPage } from './pages/grid-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { TablesPage } from './pages/tables-page.ts';
import { startRun, waitForIdle } from './support/ai-runs.ts';
import { scriptProvider } from './support/fake-provider.ts';

test.use({ viewport: { width: 1440, height: 860 } });

test('a company table fills its profile columns, and its people finder opens a people table whose rows show their company', async ({
  page,
  request,
}) => {
  // A long walk through three panels and two tables: ~35 s when other suites load the machine.
  test.setTimeout(90_000);
  await scriptProvider(request, [
    {
      match: '- company_name: "Initech"',
      reply: {
        value: [
          {
            name: 'Bill Lumbergh',
            role: 'Vice President',
            linkedin_url: 'https://www.linkedin.com/in/lumbergh',
          },
          { name: 'Peter Gibbons', role: 'Engineer', linkedin_url: null },
        ],
      },
    },
    {
      match: 'initech.example',
      reply: {
        value: {
          name: 'Initech',
          website: 'initech.example',
          description: 'Software for banks; famous for its TPS reports.',
          industry: 'Software',
          headquarters: 'Austin, Texas',
          employees: '500-1000',
        },
      },
    },
  ]);
  const app = new TablesPage(page);
  await app.goto();
  // The kind is chosen when the table is made.
  await app.sidebar.getByRole('button', { name: 'New table', exact: true }).click();
  await app.sidebar.getByLabel('New table name').fill('Prospects');
  await app.sidebar.getByLabel('Table kind').selectOption({ label: 'Companies' });
  await app.sidebar.getByLabel('New table name').press('Enter');
  await expect(app.heading).toHaveText('Prospects');
  const grid = new GridPage(page);
  await expect(grid.headerNames()).toHaveText([
    'Company',
    'Company name',
    'Company website',
    'Company profile',
  ]);

  const tableId = /\/tables\/([^/]+)/.exec(page.url())?.[1] ?? '';
  // A people finder is set up in the AI column panel.
  const ai = new AiColumnPanel(page);
  await ai.openNew('People');
  await ai.panel.getByText('People finder', { exact: true }).click();
  await ai.panel.getByLabel('Roles').fill('VP, Engineer');
  await ai.panel.getByLabel('People per company').fill('3');
  await page.screenshot({ path: 'docs/screenshots/people-finder-setup.png' });
  await ai.panel.getByRole('button', { name: 'Create column' }).click();
  await expect(grid.headerNames()).toHaveText([
    'Company',
    'Company name',
    'Company website',
    'Company profile',
    'People',
  ]);
  await request.post(`/api/tables/${tableId}/rows`, {
    data: { rows: [{ data: { input: 'initech.example' } }] },
  });
  // The system columns run by themselves for the new row.
  await expect(grid.cell(0, 1)).toContainText('Initech');
  await expect(grid.cell(0, 2)).toContainText('https://initech.example');
  await expect(grid.cell(0, 3)).toContainText('Software · Software for banks');
  await startRun(request, tableId, { columns: ['people'] });
  await waitForIdle(request, tableId);
  const finder = grid.cell(0, 4).getByRole('link', { name: '2 people →' });
  await expect(finder).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/company-table.png' });

  // The finder's panel says what it does instead of a prompt form, and links to its people.
  const menu = await grid.openColumnMenu('People');
  await menu.getByRole('menuitem', { name: 'AI settings…' }).click();
  const panel = app.sidePanel.getByRole('region', { name: 'People settings' });
  await expect(panel).toContainText('VP, Engineer');
  await expect(panel).toContainText('3 people per company');
  await expect(panel.getByRole('link', { name: 'Open the people table' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/people-finder-panel.png' });

  // The people finder's cell opens its people table.
  await finder.click();
  await expect(app.heading).toHaveText('Prospects: People');
  await expect(grid.cell(0, 0)).toHaveText('Bill Lumbergh');
  await expect(grid.cell(1, 0)).toHaveText('Peter Gibbons');
  // A person's row shows the company it was found for.
  await grid.row(0).getByRole('button', { name: 'Open row 1' }).click();
  const found = app.sidePanel.getByRole('region', { name: 'Found for' });
  await expect(found).toContainText('Found for Prospects');
  await expect(found).toContainText('Company nameInitech');
  await expect(found).toContainText('Company websitehttps://initech.example');
  // Its Company link shows the company's name, not a row id, and opens that company's row.
  const company = app.sidePanel.getByRole('list', { name: 'Linked Company' });
  await expect(company.getByRole('link', { name: 'Initech' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/people-row-parent.png' });
  await company.getByRole('link', { name: 'Initech' }).click();
  await expect(app.heading).toHaveText('Prospects');
  await expect(app.sidePanel.getByLabel('Company', { exact: true })).toHaveValue('initech.example');
  await page.goBack();
  await expect(app.heading).toHaveText('Prospects: People');
  await grid.row(0).getByRole('button', { name: 'Open row 1' }).click();
  await found.getByRole('link', { name: 'Prospects' }).click();
  await expect(app.heading).toHaveText('Prospects');
});

test('contact data is configured in Settings, its key never shown back', async ({ page }) => {
  const settings = new SettingsPage(page);
  await page.goto('/');
  await settings.open();
  const contacts = settings.dialog.getByRole('region', { name: 'Contact data' });
  await expect(contacts).toContainText('never guess');
  await contacts.getByLabel('Name').fill('Finder');
  await contacts.getByLabel('Address').fill('https://contacts.example/api');
  await contacts.getByLabel('API key').fill('contact-key-0123456789abcdef');
  await contacts.getByRole('button', { name: 'Save contact provider' }).click();
  await expect(contacts).toContainText('Finder at https://contacts.example/api · key …cdef');
  await expect(contacts).not.toContainText('0123456789');
  await contacts.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/contact-settings.png' });
  await contacts.getByRole('button', { name: 'Remove contact provider' }).click();
  await expect(contacts.getByLabel('Address')).toBeVisible();
});
