import { expect, test } from '@playwright/test';
import { ChartsPage } from './pages/charts-page.ts';
import { TablesApi, TablesPage } from './pages/tables-page.ts';
import { TriggersPage } from './pages/triggers-page.ts';

// Takes the screenshots of the charts panel, dashboard, triggers panel and formula editor in
// docs/screenshots; run on purpose only: `SCREENSHOTS=1 npx playwright test e2e/charts-screenshots.spec.ts`.
test.skip(!process.env.SCREENSHOTS, 'screenshots are taken on request (SCREENSHOTS=1)');
test.use({ viewport: { width: 1440, height: 860 } });

const STATUSES = ['open', 'in_progress', 'closed'];
const CHANNELS = ['email', 'chat', 'phone'];

test('charts, dashboard, triggers and formula screenshots', async ({ page, request }) => {
  const api = new TablesApi(request);
  const customers = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka'];
  const { id } = await api.createTable(
    'Support tickets',
    [
      { name: 'customer', displayName: 'Customer', dataType: 'text' },
      { name: 'status', displayName: 'Status', dataType: 'select', config: { options: STATUSES } },
      { name: 'channel', displayName: 'Channel', dataType: 'select', config: { options: CHANNELS } },
      { name: 'rating', displayName: 'Rating', dataType: 'number' },
      { name: 'hours', displayName: 'Hours spent', dataType: 'number' },
      { name: 'opened', displayName: 'Opened', dataType: 'date' },
      { name: 'closed_on', displayName: 'Closed on', dataType: 'date' },
    ],
    Array.from({ length: 240 }, (_, i) => ({
      customer: `${customers[i % customers.length]} ${Math.floor(i / 8) + 1}`,
      status: STATUSES[Math.floor(i / 3) % 3],
      channel: CHANNELS[(i * 5) % 3],
      rating: ((i * 13) % 5) + 1,
      hours: Math.round(((i * 37) % 90) / 3) / 2 + 0.5,
      opened: new Date(Date.UTC(2026, 0, 5) + Math.floor(i / 2.4) * 86_400_000).toISOString().slice(0, 10),
      closed_on: new Date(Date.UTC(2026, 0, 7) + Math.floor(i / 2.4) * 86_400_000 + (i % 9) * 86_400_000)
        .toISOString()
        .slice(0, 10),
    })),
  );
  const post = (path: string, data: unknown) => request.post(`/api/tables/${id}${path}`, { data });
  await post('/columns', {
    name: 'days_open',
    displayName: 'Days open',
    dataType: 'computed',
    config: { formula: 'date_diff(closed_on, opened)' },
  });
  await post('/charts', { type: 'bar', title: 'Tickets by status', xColumn: 'status', groupBy: 'channel' });
  await post('/charts', { type: 'line', title: 'Tickets per week', xColumn: 'opened', dateBucket: 'week' });
  await post('/charts', {
    type: 'pie',
    title: 'Hours by channel',
    xColumn: 'channel',
    yColumn: 'hours',
    aggregation: 'sum',
  });
  await post('/charts', {
    type: 'scatter',
    title: 'Rating against hours',
    xColumn: 'hours',
    yColumn: 'rating',
  });
  await post('/charts', {
    type: 'area',
    title: 'Average rating by month',
    xColumn: 'opened',
    yColumn: 'rating',
    aggregation: 'avg',
    dateBucket: 'month',
  });
  await post('/triggers', {
    name: 'Escalate low ratings',
    triggerEvent: 'row_added',
    condition: [{ column: 'rating', operator: 'lte', value: 2 }],
    actionType: 'create_task',
    actionConfig: { values: { customer: 'Follow up: {customer}', status: 'open' } },
  });
  await post('/triggers', {
    name: 'Notify the CRM',
    triggerEvent: 'row_updated',
    condition: { column: 'status', operator: 'eq', value: 'closed' },
    actionType: 'webhook',
    actionConfig: { url: 'https://crm.example.com/hooks/tickets' },
    status: 'paused',
  });
  await post('/rows', {
    rows: [{ data: { customer: 'Initech 99', status: 'open', channel: 'chat', rating: 1 } }],
  });

  const app = new TablesPage(page);
  const charts = new ChartsPage(page);
  await app.openTable(id, 'Support tickets');
  await charts.open();
  await expect(charts.card('Tickets by status').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/charts-panel.png' });

  await charts.panel.getByRole('button', { name: 'New chart' }).click();
  await charts.editor.getByLabel('Title').fill('Hours by rating');
  await charts.editor.getByLabel('X axis').selectOption({ label: 'Rating' });
  await charts.editor.getByLabel('Measure').selectOption({ label: 'Average' });
  await charts.editor.getByLabel('Of column').selectOption({ label: 'Hours spent' });
  await expect(charts.preview().locator('.recharts-wrapper > svg')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/chart-editor.png' });
  await charts.editor.getByRole('button', { name: 'Cancel' }).click();

  const triggers = new TriggersPage(page);
  await triggers.open();
  await expect(triggers.item('Escalate low ratings').getByTestId('trigger-fires')).toHaveText(
    /Fired 1 time/,
    {
      timeout: 15_000,
    },
  );
  await page.screenshot({ path: 'docs/screenshots/triggers-panel.png' });
  await triggers.panel.getByRole('button', { name: 'Edit Escalate low ratings' }).click();
  await expect(triggers.form).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/trigger-form.png' });
  await triggers.form.getByRole('button', { name: 'Cancel' }).click();

  await app.toolbarButton('New column').click();
  const form = page.getByRole('form', { name: 'Add column' });
  await form.getByLabel('Column name').fill('Cost');
  await form.getByLabel('Column type').selectOption({ label: 'Formula' });
  await form.getByRole('combobox', { name: 'Formula' }).pressSequentially('round(ho');
  await expect(page.getByRole('listbox', { name: 'Suggestions' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/formula-editor.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.goto(`/tables/${id}/dashboard`);
  await expect(page.getByRole('heading', { name: 'Support tickets: dashboard' })).toBeVisible();
  await page.getByRole('button', { name: 'Width of Tickets by status: 1 of 3' }).click();
  await expect(page.locator('.recharts-pie-sector').first()).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshots/dashboard.png' });
});
