import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { createTable, insertRows, people, rowData } from './support/grid-seed.ts';

test.describe('smaller things seen on the way', () => {
  test('shift-click selects a range of cells and no page text', async ({ page, request }) => {
    const tableId = await createTable(request, 'Shift click');
    await insertRows(request, tableId, people(4));
    const grid = new GridPage(page);
    await grid.goto(tableId);

    await grid.select(0, 0);
    await grid.select(2, 2, { shift: true });
    await expect(grid.selectedCells()).toHaveCount(9);
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
    await expect(grid.grid).toBeFocused();
  });

  test('the sort popover closes with Escape after its last sort is removed', async ({ page, request }) => {
    const tableId = await createTable(request, 'Sort escape');
    await insertRows(request, tableId, people(2));
    const grid = new GridPage(page);
    await grid.goto(tableId);

    await page.getByRole('button', { name: 'Sort', exact: true }).click();
    const popover = page.getByRole('dialog', { name: 'Sort' });
    await popover.getByRole('button', { name: 'Add sort' }).click();
    await popover.getByRole('button', { name: 'Remove sort 1' }).click();
    await expect(popover).toContainText('Rows in the order they were added.');
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(page.getByRole('button', { name: 'Sort', exact: true })).toBeFocused();
  });

  test('a one-label AI cell edits with a picker of its labels', async ({ page, request }) => {
    const tableId = await createTable(request, 'Label picker', [
      { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
      {
        name: 'sentiment',
        displayName: 'Sentiment',
        dataType: 'ai',
        config: { prompt: 'Classify: {feedback}', outputFormat: 'label', labels: ['Negative', 'Positive'] },
      },
    ]);
    await insertRows(request, tableId, [{ feedback: 'Great' }]);
    const grid = new GridPage(page);
    await grid.goto(tableId);

    await grid.select(0, 1);
    await page.keyboard.press('Enter');
    const picker = grid.grid.getByRole('combobox', { name: 'Edit Sentiment' });
    await expect(picker.getByRole('option')).toHaveText(['—', 'Negative', 'Positive']);
    await picker.selectOption('Positive');
    await picker.press('Enter');
    await expect(grid.cell(0, 1)).toContainText('Positive');
    // A person's pick is a correction: the cell is marked verified, so reruns keep it.
    await expect(grid.cell(0, 1).getByRole('button', { name: /^Verified by a person/ })).toBeVisible();
    await expect.poll(async () => (await rowData(request, tableId, 0))?.sentiment).toBe('Positive');
  });
});

test.describe('label colours', () => {
  test('an option’s colour comes from its text, and one chosen in the column settings sticks', async ({
    page,
    request,
  }) => {
    const tableId = await createTable(request, 'Colours');
    await insertRows(request, tableId, people(3));
    const grid = new GridPage(page);
    await grid.goto(tableId);
    const hue = (row: number) =>
      grid
        .cell(row, 2)
        .locator('.grid-chip')
        .evaluate((chip) => (chip as HTMLElement).style.getPropertyValue('--chip-hue'));
    const automatic = await hue(0);

    const menu = await grid.openColumnMenu('City');
    await menu.getByRole('menuitem', { name: 'Column settings…' }).click();
    const colour = page.getByRole('combobox', { name: 'Colour of Paris' });
    await expect(colour).toHaveValue('');
    await colour.selectOption('red');
    await expect.poll(() => hue(0)).toBe('4');
    expect(automatic).not.toBe('4');
    await page.screenshot({ path: 'docs/screenshots/option-colours.png' });
    await page.reload();
    await expect.poll(() => hue(0)).toBe('4');
    // Oslo, not chosen, keeps the colour of its text.
    const response = await request.get(`/api/tables/${tableId}`);
    const city = (
      (await response.json()) as { columns: { name: string; config: Record<string, unknown> }[] }
    ).columns.find((column) => column.name === 'city');
    expect(city?.config.optionColors).toEqual({ Paris: 'red' });
  });
});

test.describe('bulk edits reach every row', () => {
  test('Delete over a long range clears the rows scrolled past too', async ({ page, request }) => {
    // One request per row: 350 of them take a while on a loaded machine.
    test.setTimeout(120_000);
    const tableId = await createTable(request, 'Long clear');
    await insertRows(request, tableId, people(350));
    const grid = new GridPage(page);
    await grid.goto(tableId);

    await grid.select(0, 0);
    await page.keyboard.press('Control+Shift+ArrowDown');
    await grid.expectFocus(349, 0);
    await page.keyboard.press('Delete');
    for (const offset of [0, 150, 349])
      await expect
        .poll(async () => (await rowData(request, tableId, offset))?.name, { timeout: 30_000 })
        .toBeNull();
    expect((await rowData(request, tableId, 150))?.age).toBe(20);
  });
});
