import { expect, test } from '@playwright/test';
import { CellPanel } from './pages/cell-panel.ts';
import { GridPage } from './pages/grid-page.ts';
import { TablesApi } from './pages/tables-page.ts';
import { cellDetail, startRun, waitForIdle } from './support/ai-runs.ts';
import { scriptProvider } from './support/fake-provider.ts';

const COLUMNS = [
  { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
  {
    name: 'category',
    displayName: 'Category',
    dataType: 'ai',
    config: { prompt: 'Categorize {feedback}', model: 'cell-e2e-unfit' },
  },
  {
    name: 'summary',
    displayName: 'Summary',
    dataType: 'ai',
    config: { prompt: 'Summarize {feedback}', model: 'cell-e2e-ok' },
  },
];

test('opens a failed cell by its badge and by Alt+Enter, and unconfirms a cell a person corrected', async ({
  page,
  request,
}) => {
  await scriptProvider(request, [
    // Not JSON: every attempt is refused, and the cell fails with the answer kept.
    { model: 'cell-e2e-unfit', content: 'this is not JSON' },
    { model: 'cell-e2e-ok', reply: { value: 'Short summary' } },
  ]);
  const api = new TablesApi(request);
  const { id, rows } = await api.createTable('Cell details', COLUMNS, [
    { feedback: 'The export is slow' },
    { feedback: 'Love the dark mode' },
  ]);
  await startRun(request, id);
  await waitForIdle(request, id);

  const grid = new GridPage(page);
  const cell = new CellPanel(page);
  await grid.goto(id);
  await grid
    .cell(0, 1)
    .getByRole('button', { name: /^Failed: / })
    .click();
  await expect(cell.panel).toBeVisible();
  await expect(cell.title).toHaveText('Category');
  await expect(cell.panel).toContainText('The export is slow');
  await expect(cell.panel.getByText('Failed', { exact: true })).toBeVisible();
  await expect(cell.panel).toContainText("The answer did not fit the column's format");
  await expect(cell.prompt).toContainText('Categorize "The export is slow"');
  await expect(cell.raw).toContainText('this is not JSON');
  await expect(cell.fact('Model')).toHaveText('cell-e2e-unfit');
  await expect(cell.fact('Attempts')).not.toHaveText('0');
  await expect(cell.button('Rerun this cell')).toBeFocused();
  // The badge selected its cell, so the grid shows which cell the panel is about.
  await grid.expectFocus(0, 1);

  // From the keyboard: Escape closes the panel back to the grid, Alt+Enter opens another cell.
  await page.keyboard.press('Escape');
  await expect(cell.panel).toBeHidden();
  await expect(grid.grid).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Alt+Enter');
  await expect(cell.panel).toBeVisible();
  await expect(cell.panel).toContainText('Love the dark mode');
  await expect(cell.prompt).toContainText('Categorize "Love the dark mode"');
  // Alt+Enter on a column that is not AI opens nothing.
  await page.keyboard.press('Escape');
  await expect(cell.panel).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  await expect(cell.panel).toBeHidden();

  // A person's edit is a correction: the cell is verified (and locked); Unconfirm lets runs replace it
  // again, and a rerun does.
  const first = rows[0]!;
  await api.updateRow(id, first.id, { feedback: 'The export is slow', summary: 'Edited by hand' });
  await page.reload();
  await grid.cell(0, 2).getByRole('button').click();
  await expect(cell.title).toHaveText('Summary');
  await expect(cell.panel.getByText('✓ Verified', { exact: true })).toBeVisible();
  await expect(cell.panel).toContainText('Edited by hand');
  await cell.button('Unconfirm').click();
  await expect(cell.notice).toHaveText('Unconfirmed: runs may replace this value again.');
  await expect(cell.button('Confirm answer')).toBeFocused();
  await expect(cell.panel.getByText('✓ Verified', { exact: true })).toHaveCount(0);
  await expect(cell.panel.getByText('Locked', { exact: true })).toHaveCount(0);
  expect((await cellDetail(request, id, first.id, 'summary')).locked).toBe(false);

  await cell.button('Rerun this cell').click();
  await expect(cell.notice).toHaveText('Queued to run again.');
  await expect(cell.panel.locator('.cell-detail__value')).toHaveText('Short summary');
  await expect(cell.panel.getByText('Done', { exact: true })).toBeVisible();
});
