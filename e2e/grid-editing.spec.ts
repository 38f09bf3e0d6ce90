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

test.describe('the cell editor never traps', () => {
  test('after an invalid value, clicking another cell cancels with a reason and typing goes there', async ({
    page,
    request,
  }) => {
    const tableId = await createTable(request, 'Editor trap');
    await insertRows(request, tableId, people(3));
    const grid = new GridPage(page);
    await grid.goto(tableId);
    const refusedWrites: string[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'PATCH' && response.status() === 400)
        refusedWrites.push(response.url());
    });

    // Enter on an invalid value keeps the editor open with the reason.
    await grid.typeInto(0, 1, 'thirty');
    await expect(grid.editor).toHaveValue('thirty');
    await expect(grid.grid.getByRole('alert')).toHaveText('Expected a number');

    // Clicking elsewhere cancels it, says why, and leaves the keyboard on the clicked cell.
    await grid.select(1, 0);
    await expect(grid.editor).toBeHidden();
    await expect(grid.notice).toContainText('Age: “thirty” was not saved — Expected a number');
    await expect(grid.cell(0, 1)).toHaveText('20');
    await grid.expectFocus(1, 0);
    await page.keyboard.type('Eve Black');
    await page.keyboard.press('Tab');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect(grid.cell(1, 0)).toHaveText('Eve Black');
    await expect(grid.cell(1, 1)).toHaveText('30');
    await expect(grid.cell(0, 1)).toHaveText('20');
    await expect.poll(async () => rowData(request, tableId, 1)).toMatchObject({ name: 'Eve Black', age: 30 });

    // Clicking away from an invalid value the editor never sent sends nothing either.
    await grid.select(2, 1);
    await page.keyboard.type('abc');
    await grid.select(0, 0);
    await expect(grid.editor).toBeHidden();
    await expect(grid.notice).toContainText('Age: “abc” was not saved');
    expect(refusedWrites).toEqual([]);
  });

  test('Ctrl+Z inside an editor undoes its text, not the cell committed before', async ({
    page,
    request,
  }) => {
    const tableId = await createTable(request, 'Editor undo');
    await insertRows(request, tableId, people(2));
    const grid = new GridPage(page);
    await grid.goto(tableId);

    await grid.typeInto(0, 0, 'Renamed');
    await expect.poll(async () => (await rowData(request, tableId, 0))?.name).toBe('Renamed');
    // Enter on a value the column refuses, then Ctrl+Z at once: the editor is still there and
    // takes it; the name committed before stays.
    await grid.typeInto(1, 1, 'thirty');
    await page.keyboard.press('Control+z');
    await expect(grid.editor).toBeVisible();
    await expect(grid.editor).not.toHaveValue('thirty');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    await expect(grid.cell(0, 0)).toHaveText('Renamed');
    expect((await rowData(request, tableId, 0))?.name).toBe('Renamed');

    // An editor opened with F2 undoes what was typed into it.
    await grid.select(1, 0);
    await page.keyboard.press('F2');
    await page.keyboard.type(' Jr');
    await expect(grid.editor).toHaveValue('Person 2 Jr');
    await page.keyboard.press('Control+z');
    await expect(grid.editor).toHaveValue('Person 2');
    await page.keyboard.press('Escape');
    await expect(grid.cell(0, 0)).toHaveText('Renamed');
  });
});
