import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { TablesApi } from './pages/tables-page.ts';

test('a number column of identifiers turns its thousands separators off from the column menu', async ({
  page,
  request,
}) => {
  const api = new TablesApi(request);
  const { id } = await api.createTable(
    'Orders',
    [
      { name: 'order_no', displayName: 'Order no', dataType: 'number' },
      { name: 'amount', displayName: 'Amount', dataType: 'number' },
    ],
    [{ order_no: 12345678, amount: 1234.5 }],
  );
  const grid = new GridPage(page);
  await grid.goto(id);
  await expect(grid.cell(0, 0)).toHaveText('12,345,678');
  const menu = await grid.openColumnMenu('Order no');
  await menu.getByRole('menuitem', { name: 'Hide thousands separators' }).click();
  await expect(grid.cell(0, 0)).toHaveText('12345678');
  // Only that column: amounts keep their separators.
  await expect(grid.cell(0, 1)).toHaveText('1,234.5');
  // A column setting: it stays after a reload, and the menu offers the way back.
  await page.reload();
  await expect(grid.cell(0, 0)).toHaveText('12345678');
  const again = await grid.openColumnMenu('Order no');
  await expect(again.getByRole('menuitem', { name: 'Show thousands separators' })).toBeVisible();
});
