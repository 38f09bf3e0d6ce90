import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { createTable, insertRows, people, rowData } from './support/grid-seed.ts';

/** Every row's data as the server holds it, in the table's order. */
async function allRows(request: import('@playwright/test').APIRequestContext, tableId: string) {
  const response = await request.get(`/api/tables/${tableId}/rows?limit=100`);
  return ((await response.json()) as { data: Record<string, unknown> }[]).map((row) => row.data);
}

test.describe('paste never drops data', () => {
  test('a paste longer than the table adds the missing rows, and one undo takes it all back', async ({
    page,
    request,
  }) => {
    const tableId = await createTable(request, 'Paste grows');
    await insertRows(request, tableId, people(3));
    const grid = new GridPage(page);
    await grid.goto(tableId);

    await grid.select(1, 0);
    await grid.paste('Ann\t31\nBen\t32\nCleo\t33\nDan\t34\n');
    await expect(grid.page.getByTestId('grid-row-count')).toHaveText('5 rows');
    await expect(grid.cell(4, 0)).toHaveText('Dan');
    await expect(grid.cell(4, 1)).toHaveText('34');
    await expect(grid.cell(3, 0)).toHaveText('Cleo');
    await expect
      .poll(async () => (await allRows(request, tableId)).map((row) => row.name))
      .toEqual(['Person 1', 'Ann', 'Ben', 'Cleo', 'Dan']);
    await expect(grid.notice).toContainText('2 rows added');

    // One step: the two changed rows go back and the two added rows go away.
    await page.keyboard.press('Control+z');
    await expect(grid.page.getByTestId('grid-row-count')).toHaveText('3 rows');
    await expect(grid.cell(1, 0)).toHaveText('Person 2');
    await expect
      .poll(async () => (await allRows(request, tableId)).map((row) => row.name))
      .toEqual(['Person 1', 'Person 2', 'Person 3']);
  });

  test('a refused value keeps the rest of its row, and each one is listed by row and column', async ({
    page,
    request,
  }) => {
    const tableId = await createTable(request, 'Paste refuses');
    await insertRows(request, tableId, people(3));
    const grid = new GridPage(page);
    await grid.goto(tableId);

    await grid.select(0, 0);
    await grid.paste('Ben\tten');
    await expect(grid.cell(0, 0)).toHaveText('Ben');
    await expect.poll(async () => (await rowData(request, tableId, 0))?.name).toBe('Ben');
    await expect(grid.cell(0, 1)).toHaveText('20');
    await expect(grid.notice).toContainText('Row 1, Age: “ten” — Expected a number');

    // A messy paste: two bad numbers in two rows, a bad select option, and two columns too many.
    await grid.select(0, 0);
    await grid.paste(
      'Ann\tthirty\tParis\nBob\t40\tAtlantis\nCid\t?\tRome\tyes\tcid@example.com\textra\tmore\n',
    );
    for (const [row, name] of ['Ann', 'Bob', 'Cid'].entries()) {
      await expect(grid.cell(row, 0)).toHaveText(name);
    }
    await expect(grid.cell(1, 1)).toHaveText('40');
    await expect(grid.cell(2, 2)).toHaveText('Rome');
    await expect(grid.cell(2, 4)).toHaveText('cid@example.com');
    await expect
      .poll(async () => (await allRows(request, tableId)).map((row) => row.name))
      .toEqual(['Ann', 'Bob', 'Cid']);
    const items = grid.notice.getByRole('listitem');
    await expect(items).toHaveText([
      /Row 1, Age: “thirty” — Expected a number/,
      /Row 2, City: “Atlantis” — /,
      /Row 3, Age: “\?” — Expected a number/,
      /2 values past Email: the table has no more columns to the right/,
    ]);
    await page.locator('.grid-root').screenshot({ path: 'docs/screenshots/paste-notice.png' });
    // A notice with a list stays until it is read and dismissed.
    await page.waitForTimeout(6_500);
    await expect(items).toHaveCount(4);
    await grid.notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(grid.notice).toBeHidden();
  });
});
