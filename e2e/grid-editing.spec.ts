import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { createTable, insertRows, people, rowData } from './support/grid-seed.ts';

test.describe('the keyboard is where the eye is', () => {
  test('after “+ Add row” the new row’s first cell is selected and typing goes into it', async ({
    page,
    request,
  }) => {
    const tableId = await createTable(request, 'Add row keys');
    await insertRows(request, tableId, people(2));
    const grid = new GridPage(page);
    await grid.goto(tableId);

    await page.getByRole('button', { name: '+ Add row' }).click();
    await expect(page.getByTestId('grid-row-count')).toHaveText('3 rows');
    await grid.expectFocus(2, 0);
    await expect(grid.grid).toBeFocused();
    await page.keyboard.type('Zoe');
    await page.keyboard.press('Tab');
    await page.keyboard.type('41');
    await page.keyboard.press('Enter');
    await expect(grid.cell(2, 0)).toHaveText('Zoe');
    await expect(grid.cell(2, 1)).toHaveText('41');
    await expect.poll(async () => rowData(request, tableId, 2)).toMatchObject({ name: 'Zoe', age: 41 });
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});
