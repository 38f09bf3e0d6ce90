import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { createTable, insertRows, people, rowData } from './support/grid-seed.ts';

test.describe('grid', () => {
  test('renders cells by type', async ({ page, request }) => {
    const tableId = await createTable(request, 'Types');
    await insertRows(request, tableId, people(3));
    const grid = new GridPage(page);
    await grid.goto(tableId);
    await expect(grid.headerNames()).toHaveText(['Name', 'Age', 'City', 'Member', 'Email']);
    await expect(grid.row(0).getByRole('rowheader')).toHaveText('1');
    await expect(grid.cell(0, 0)).toHaveText('Person 1');
    await expect(grid.cell(0, 1)).toHaveText('20');
    await expect(grid.cell(0, 1)).toHaveCSS('justify-content', 'flex-end');
    await expect(grid.cell(0, 2).locator('.grid-chip')).toHaveText('Paris');
    await expect(grid.cell(0, 3).getByRole('checkbox')).toBeChecked();
    await expect(grid.cell(1, 3).getByRole('checkbox')).not.toBeChecked();
    const link = grid.cell(0, 4).getByRole('link');
    await expect(link).toHaveAttribute('href', 'mailto:person1@example.com');
    await expect(link).toHaveAttribute('target', '_blank');
  });

  test('edits a cell, refuses a bad value inline with the server message, and toggles a checkbox', async ({
    page,
    request,
  }) => {
    const tableId = await createTable(request, 'Editing');
    await insertRows(request, tableId, people(5));
    const grid = new GridPage(page);
    await grid.goto(tableId);

    // A number column refuses text: the editor stays (reopens) with the server's message.
    await grid.typeInto(1, 1, 'lots');
    await expect(grid.editor).toBeVisible();
    await expect(grid.editor).toHaveValue('lots');
    await expect(grid.editor).toHaveAttribute('aria-invalid', 'true');
    await expect(grid.grid.getByRole('alert')).toHaveText('Expected a number');
    await page.keyboard.press('Escape');
    await expect(grid.editor).toBeHidden();
    await expect(grid.cell(1, 1)).toHaveText('21');

    // Enter commits and moves down; the value is on the server.
    await grid.typeInto(1, 1, '42');
    await grid.expectFocus(2, 1);
    await expect(grid.cell(1, 1)).toHaveText('42');
    await expect.poll(async () => (await rowData(request, tableId, 1))?.age).toBe(42);

    // F2 edits the existing text; Tab commits and moves right.
    await grid.select(0, 0);
    await page.keyboard.press('F2');
    await expect(grid.editor).toHaveValue('Person 1');
    await page.keyboard.type(' Jr');
    await page.keyboard.press('Tab');
    await grid.expectFocus(0, 1);
    await expect(grid.cell(0, 0)).toHaveText('Person 1 Jr');

    // A select column opens a dropdown.
    await grid.select(0, 2);
    await page.keyboard.press('Enter');
    const select = grid.grid.getByRole('combobox', { name: 'Edit City' });
    await select.selectOption('Rome');
    await select.press('Enter');
    await expect(grid.cell(0, 2)).toHaveText('Rome');

    // Space toggles a checkbox without an editor.
    await grid.select(1, 3);
    await page.keyboard.press(' ');
    await expect(grid.cell(1, 3).getByRole('checkbox')).toBeChecked();
    await expect.poll(async () => (await rowData(request, tableId, 1))?.member).toBe(true);

    await page.reload();
    await expect(grid.cell(0, 0)).toHaveText('Person 1 Jr');
    await expect(grid.cell(1, 1)).toHaveText('42');
  });

  test('merges an edit of another field made elsewhere, and shows a conflict on the same field', async ({
    page,
    request,
  }) => {
    const tableId = await createTable(request, 'Conflict');
    await insertRows(request, tableId, people(2));
    const grid = new GridPage(page);
    await grid.goto(tableId);
    await expect(grid.cell(0, 0)).toHaveText('Person 1');
    const [row] = (await (await request.get(`/api/tables/${tableId}/rows?limit=1`)).json()) as {
      id: string;
      data: Record<string, unknown>;
    }[];
    // Someone else renames the row behind the grid's back; the age typed here merges with it.
    await request.patch(`/api/tables/${tableId}/rows/${row?.id}`, {
      data: { data: { ...row?.data, name: 'Changed elsewhere' } },
    });
    await grid.typeInto(0, 1, '77');
    await expect.poll(async () => (await rowData(request, tableId, 0))?.age).toBe(77);
    expect((await rowData(request, tableId, 0))?.name).toBe('Changed elsewhere');

    // Now both change the age: the grid says so and shows the row as it is.
    const fresh = await rowData(request, tableId, 0);
    await request.patch(`/api/tables/${tableId}/rows/${row?.id}`, { data: { data: { ...fresh, age: 55 } } });
    await grid.typeInto(0, 1, '88');
    await expect(grid.notice).toContainText('Row changed elsewhere — reloaded');
    await expect(grid.cell(0, 0)).toHaveText('Changed elsewhere');
    await expect(grid.cell(0, 1)).toHaveText('55');
  });

  test('copies a range as TSV and pastes it back elsewhere', async ({ page, request, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const tableId = await createTable(request, 'Clipboard');
    await insertRows(request, tableId, people(6));
    const grid = new GridPage(page);
    await grid.goto(tableId);

    await grid.select(0, 0);
    await grid.select(1, 2, { shift: true });
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('Person 1\t20\tParis\nPerson 2\t21\tOslo');

    await grid.select(4, 0);
    await page.keyboard.press('Control+v');
    await expect(grid.cell(4, 0)).toHaveText('Person 1');
    await expect(grid.cell(5, 1)).toHaveText('21');
    await expect(grid.cell(5, 2)).toHaveText('Oslo');
    await expect(grid.selectedCells()).toHaveCount(6);
    await expect.poll(async () => (await rowData(request, tableId, 5))?.name).toBe('Person 2');

    // Text from a spreadsheet, with a value the number column refuses.
    await page.evaluate(() => navigator.clipboard.writeText('Zed\tnot a number\r\n'));
    await grid.select(2, 0);
    await page.keyboard.press('Control+v');
    await expect(grid.notice).toContainText('Expected a number');
    await expect(grid.cell(2, 1)).toHaveText('22');

    // Delete clears the range; Ctrl+D fills the first row down.
    await grid.select(4, 0);
    await grid.select(5, 0, { shift: true });
    await page.keyboard.press('Delete');
    await expect(grid.cell(4, 0)).toHaveText('');
    await expect(grid.cell(5, 0)).toHaveText('');
    await grid.select(0, 2);
    await grid.select(3, 2, { shift: true });
    await page.keyboard.press('Control+d');
    for (const row of [1, 2, 3]) await expect(grid.cell(row, 2)).toHaveText('Paris');
  });

  test('undoes and redoes an edit through history rollback', async ({ page, request }) => {
    const tableId = await createTable(request, 'Undo');
    await insertRows(request, tableId, people(3));
    const grid = new GridPage(page);
    await grid.goto(tableId);

    await grid.typeInto(0, 0, 'Renamed');
    await expect(grid.cell(0, 0)).toHaveText('Renamed');
    await expect.poll(async () => (await rowData(request, tableId, 0))?.name).toBe('Renamed');
    await page.keyboard.press('Control+z');
    await expect(grid.cell(0, 0)).toHaveText('Person 1');
    await expect.poll(async () => (await rowData(request, tableId, 0))?.name).toBe('Person 1');
    await page.keyboard.press('Control+Shift+z');
    await expect(grid.cell(0, 0)).toHaveText('Renamed');
    await page.keyboard.press('Control+z');
    await expect(grid.cell(0, 0)).toHaveText('Person 1');
    await page.reload();
    await expect(grid.cell(0, 0)).toHaveText('Person 1');
  });

  test('reorders columns by dragging a header, and the order survives a reload', async ({
    page,
    request,
  }) => {
    const tableId = await createTable(request, 'Reorder');
    await insertRows(request, tableId, people(2));
    const grid = new GridPage(page);
    await grid.goto(tableId);
    await grid.header('Email').dragTo(grid.header('Age'), { targetPosition: { x: 10, y: 10 } });
    await expect(grid.headerNames()).toHaveText(['Name', 'Email', 'Age', 'City', 'Member']);
    await expect(grid.cell(0, 1)).toHaveText('person1@example.com');
    await page.reload();
    await expect(grid.headerNames()).toHaveText(['Name', 'Email', 'Age', 'City', 'Member']);
  });

  test('sorts, hides and renames from the column menu', async ({ page, request }) => {
    const tableId = await createTable(request, 'Menu');
    await insertRows(request, tableId, people(4));
    const grid = new GridPage(page);
    await grid.goto(tableId);
    let menu = await grid.openColumnMenu('Name');
    await menu.getByRole('menuitem', { name: 'Sort descending' }).click();
    await expect(grid.cell(0, 0)).toHaveText('Person 4');
    await expect(grid.header('Name')).toHaveAttribute('aria-sort', 'descending');

    menu = await grid.openColumnMenu('Age');
    await menu.getByRole('menuitem', { name: 'Rename…' }).click();
    await page.getByLabel('Column name').fill('Years');
    await page.getByLabel('Column name').press('Enter');
    await expect(grid.headerNames()).toHaveText(['Name', 'Years', 'City', 'Member', 'Email']);

    menu = await grid.openColumnMenu('City');
    await menu.getByRole('menuitem', { name: 'Hide column' }).click();
    await expect(grid.headerNames()).toHaveText(['Name', 'Years', 'Member', 'Email']);
  });

  test('deletes checked rows and brings them back with Undo', async ({ page, request }) => {
    const tableId = await createTable(request, 'Delete rows');
    await insertRows(request, tableId, people(4));
    const grid = new GridPage(page);
    await grid.goto(tableId);
    await grid.row(1).hover();
    await grid.row(1).getByRole('checkbox', { name: 'Select row 2' }).check();
    await grid.row(2).hover();
    await grid.row(2).getByRole('checkbox', { name: 'Select row 3' }).check();
    await page.getByRole('button', { name: 'Delete 2 rows' }).click();
    await expect(grid.grid).toHaveAttribute('aria-rowcount', '3');
    await expect(grid.cell(1, 0)).toHaveText('Person 4');
    await grid.notice.getByRole('button', { name: 'Undo' }).click();
    await expect(grid.grid).toHaveAttribute('aria-rowcount', '5');
    await expect(grid.cell(1, 0)).toHaveText('Person 2');
  });

  test('scrolls a 10,000-row table to the end with the right row numbers', async ({ page, request }) => {
    test.setTimeout(90_000);
    const tableId = await createTable(request, 'Ten thousand');
    await insertRows(request, tableId, people(10_000));
    const grid = new GridPage(page);
    await grid.goto(tableId);
    await expect(grid.grid).toHaveAttribute('aria-rowcount', '10001');
    await expect(grid.cell(0, 0)).toHaveText('Person 1');
    // Only the rows in view are in the DOM.
    expect(await grid.grid.getByRole('row').count()).toBeLessThan(60);

    await grid.grid.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    const last = grid.row(9_999);
    await expect(last).toBeInViewport();
    await expect(last.getByRole('rowheader')).toHaveText('10000');
    await expect(last).toHaveAttribute('aria-rowindex', '10001');
    await expect(grid.cell(9_999, 0)).toHaveText('Person 10000');

    // And back to the middle by keyboard: Ctrl+Home goes to the top again.
    await grid.select(9_999, 0);
    await page.keyboard.press('Control+Home');
    await expect(grid.cell(0, 0)).toBeInViewport();
    await expect(grid.cell(0, 0)).toHaveText('Person 1');
  });
});
