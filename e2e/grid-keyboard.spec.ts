import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { createTable, insertRows, people } from './support/grid-seed.ts';

test.describe('grid keyboard', () => {
  test('moves with arrows, Tab, Home/End, Ctrl+arrows and Page keys, and extends with Shift', async ({
    page,
    request,
  }) => {
    const tableId = await createTable(request, 'Keyboard');
    await insertRows(request, tableId, people(200));
    const grid = new GridPage(page);
    await grid.goto(tableId);
    await expect(grid.grid).toHaveAttribute('aria-rowcount', '201');
    await expect(grid.grid).toHaveAttribute('aria-colcount', '6');

    await grid.select(0, 0);
    await grid.expectFocus(0, 0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await grid.expectFocus(2, 1);
    await page.keyboard.press('Tab');
    await grid.expectFocus(2, 2);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowUp');
    await grid.expectFocus(1, 1);
    await page.keyboard.press('End');
    await grid.expectFocus(1, 4);
    await page.keyboard.press('Home');
    await grid.expectFocus(1, 0);

    // Ctrl+End: the last row, far below the first screen, is scrolled into view.
    await page.keyboard.press('Control+End');
    await grid.expectFocus(199, 4);
    await expect(grid.cell(199, 4)).toBeInViewport();
    await expect(grid.cell(199, 4)).toHaveText('person200@example.com');
    await page.keyboard.press('Control+ArrowUp');
    await grid.expectFocus(0, 4);
    await page.keyboard.press('Control+ArrowLeft');
    await grid.expectFocus(0, 0);
    await page.keyboard.press('Control+ArrowDown');
    await grid.expectFocus(199, 0);
    await page.keyboard.press('Control+Home');
    await grid.expectFocus(0, 0);

    await page.keyboard.press('PageDown');
    const paged = await grid.focusedCell();
    expect(paged.row).toBeGreaterThan(5);
    await expect(grid.cell(paged.row, 0)).toBeInViewport();
    await page.keyboard.press('PageUp');
    await grid.expectFocus(0, 0);

    // Shift extends from the anchor; a plain arrow collapses again.
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(grid.selectedCells()).toHaveCount(6);
    await expect(grid.cell(2, 1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(grid.selectedCells()).toHaveCount(1);

    // Shift-click draws a range; Ctrl+A selects everything rendered.
    await grid.select(1, 1);
    await grid.select(3, 2, { shift: true });
    await expect(grid.selectedCells()).toHaveCount(6);
    await page.keyboard.press('Control+a');
    const rendered = await grid.grid.getByRole('gridcell').count();
    await expect(grid.selectedCells()).toHaveCount(rendered);
  });
});
