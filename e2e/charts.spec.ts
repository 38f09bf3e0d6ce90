import { expect, test } from '@playwright/test';
import { ChartsPage } from './pages/charts-page.ts';
import { GridPage } from './pages/grid-page.ts';
import { TablesApi, TablesPage } from './pages/tables-page.ts';

const columns = [
  { name: 'customer', displayName: 'Customer', dataType: 'text' },
  { name: 'status', displayName: 'Status', dataType: 'select', config: { options: ['open', 'closed'] } },
  { name: 'amount', displayName: 'Amount', dataType: 'number' },
];

test.describe('charts', () => {
  test('builds a chart, sees it change after an edit in the grid, and filters the grid from a bar', async ({
    page,
    request,
  }) => {
    const api = new TablesApi(request);
    const { id } = await api.createTable('Chart deals', columns, [
      { customer: 'Acme', status: 'open', amount: 10 },
      { customer: 'Globex', status: 'open', amount: 20 },
      { customer: 'Initech', status: 'open', amount: 30 },
    ]);
    const app = new TablesPage(page);
    const charts = new ChartsPage(page);
    await app.openTable(id, 'Chart deals');
    await charts.open();
    await charts.build({ title: 'Deals by status', x: 'Status' });
    const card = charts.card('Deals by status');
    await expect(charts.xLabels(card)).toHaveText(['open']);

    // An edit in the grid: Initech is closed now; the chart follows without a reload.
    const grid = new GridPage(page);
    await grid.select(2, 1);
    await page.keyboard.press('Enter');
    const select = grid.grid.getByRole('combobox', { name: 'Edit Status' });
    await select.selectOption('closed');
    await select.press('Enter');
    await expect(grid.cell(2, 1)).toHaveText('closed');
    await expect(charts.xLabels(card)).toHaveText(['closed', 'open']);

    // Clicking the "closed" bar shows its rows in the grid.
    await charts.bars(card).first().click();
    await expect(app.rowCount).toHaveText('1 of 3 rows');
    await expect(grid.row(0)).toContainText('Initech');
  });

  test('sums a number column and keeps the chart on the dashboard, where it can be exported', async ({
    page,
    request,
  }) => {
    const api = new TablesApi(request);
    const { id, rows } = await api.createTable('Chart revenue', columns, [
      { customer: 'Acme', status: 'open', amount: 10 },
      { customer: 'Globex', status: 'closed', amount: 20 },
    ]);
    const app = new TablesPage(page);
    const charts = new ChartsPage(page);
    await app.openTable(id, 'Chart revenue');
    await charts.open();
    await charts.build({ title: 'Amount by status', type: 'Pie', x: 'Status', measure: 'Sum', of: 'Amount' });
    await expect(charts.card('Amount by status').locator('.recharts-pie-sector')).toHaveCount(2);

    await charts.panel.getByRole('button', { name: 'Open dashboard' }).click();
    await expect(page).toHaveURL(new RegExp(`/tables/${id}/dashboard$`));
    const card = charts.card('Amount by status');
    await expect(card.locator('.recharts-pie-sector')).toHaveCount(2);
    // A change made elsewhere (another client, a trigger) reaches the dashboard too.
    await api.updateRow(id, rows[0]?.id ?? '', { customer: 'Acme', status: 'closed', amount: 10 });
    await expect(card.locator('.recharts-pie-sector')).toHaveCount(1);

    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Export Amount by status as SVG' }).click();
    expect((await download).suggestedFilename()).toBe('amount-by-status.svg');
  });
});
