import { expect, type Page, test } from '@playwright/test';
import { TablesApi, TablesPage } from './pages/tables-page.ts';

const SCORE_COLUMNS = [
  { name: 'player', displayName: 'Player', dataType: 'text' },
  { name: 'score', displayName: 'Score', dataType: 'number' },
  { name: 'team', displayName: 'Team', dataType: 'select', config: { options: ['Red', 'Blue', 'Green'] } },
];

const SCORES = [
  { player: 'Ada', score: 3, team: 'Red' },
  { player: 'Bo', score: 9, team: 'Blue' },
  { player: 'Cy', score: 1, team: 'Red' },
  { player: 'Di', score: 7, team: 'Green' },
  { player: 'Eve', score: 5, team: 'Blue' },
  { player: 'Fay', score: 7, team: 'Red' },
];

/** The text of a data row by 0-based position (aria-rowindex counts the header row as 1). */
const dataRow = (page: Page, index: number) =>
  page.getByRole('grid').locator(`[role="row"][aria-rowindex="${index + 2}"]`);

test.describe('app frame', () => {
  test('creates, renames and deletes projects, groups tables under them and finds tables by name', async ({
    page,
  }) => {
    const app = new TablesPage(page);
    await app.goto();
    await app.sidebar.getByRole('button', { name: 'New project' }).click();
    await app.sidebar.getByLabel('New project name').fill('Research');
    await app.sidebar.getByLabel('New project name').press('Enter');
    const research = app.sidebar.getByRole('region', { name: 'Research' });
    await expect(research).toBeVisible();

    // "+" on a project creates the table in it; "New table" then uses the open table's project.
    await research.getByRole('button', { name: 'Add table to Research' }).click();
    await app.sidebar.getByLabel('New table name').fill('Interviews');
    await app.sidebar.getByLabel('New table name').press('Enter');
    await expect(app.heading).toHaveText('Interviews');
    await expect(page.getByLabel('Project', { exact: true })).toHaveValue(/.+/);
    await app.createTable('Survey answers');
    await expect(research.getByRole('link')).toHaveText([/^Interviews/, /^Survey answers/]);

    await research.getByRole('button', { name: 'Rename project Research' }).click();
    await app.sidebar.getByLabel('Project name').fill('Insights');
    await app.sidebar.getByLabel('Project name').press('Enter');
    const insights = app.sidebar.getByRole('region', { name: 'Insights' });
    await expect(insights.getByRole('link')).toHaveCount(2);

    // Moving the open table out of the project, from the header's project picker.
    await page.getByLabel('Project', { exact: true }).selectOption({ label: 'No project' });
    await expect(insights.getByRole('link')).toHaveText([/^Interviews/]);
    await expect(
      app.sidebar.getByRole('region', { name: 'No project' }).getByRole('link', { name: /^Survey answers/ }),
    ).toBeVisible();

    await app.sidebar.getByLabel('Search tables').fill('interv');
    await expect(app.sidebar.getByRole('link', { name: /^Interviews/ })).toBeVisible();
    await expect(app.sidebar.getByRole('link', { name: /^Survey answers/ })).toHaveCount(0);
    await app.sidebar.getByLabel('Search tables').press('Escape');
    await expect(app.sidebar.getByRole('link', { name: /^Survey answers/ })).toBeVisible();

    // Deleting the project keeps its tables, under "No project".
    await insights.getByRole('button', { name: 'Delete project Insights' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete project “Insights”?' });
    await expect(dialog).toContainText('1 table is kept');
    await dialog.getByRole('button', { name: 'Delete project' }).click();
    await expect(insights).toHaveCount(0);
    await expect(app.sidebar.getByRole('link', { name: /^Interviews/ })).toBeVisible();
  });

  test('filters with the filter builder, sorts by several keys and searches', async ({ page, request }) => {
    const app = new TablesPage(page);
    const { id } = await new TablesApi(request).createTable('Scores', SCORE_COLUMNS, SCORES);
    await app.openTable(id, 'Scores');
    await expect(app.rowCount).toHaveText('6 rows');

    await app.toolbarButton('Filter').click();
    const filters = page.getByRole('dialog', { name: 'Filters' });
    await filters.getByRole('button', { name: 'Add filter' }).click();
    await expect(filters.getByLabel('Filter 1 operator').locator('option')).toHaveCount(11);
    await filters.getByLabel('Filter 1 column').selectOption({ label: 'Score' });
    await filters.getByLabel('Filter 1 operator').selectOption('gte');
    await filters.getByLabel('Filter 1 value').fill('5');
    await expect(app.rowCount).toHaveText('4 of 6 rows');
    await filters.getByRole('button', { name: 'Add filter' }).click();
    await filters.getByLabel('Filter 2 column').selectOption({ label: 'Team' });
    await filters.getByLabel('Filter 2 operator').selectOption('in');
    await filters.getByLabel('Filter 2 value').fill('Red, Blue');
    await expect(app.rowCount).toHaveText('3 of 6 rows');
    // A value that does not fit the column is refused here, and the filter waits for a good one.
    await filters.getByLabel('Filter 1 value').fill('many');
    await expect(filters.getByLabel('Filter 1 value')).toHaveAccessibleDescription('Enter a number');
    await expect(app.rowCount).toHaveText('5 of 6 rows');
    await filters.getByLabel('Filter 1 value').fill('5');
    await expect(app.rowCount).toHaveText('3 of 6 rows');
    await page.keyboard.press('Escape');
    await expect(filters).toBeHidden();
    await expect(app.toolbarButton('2 filters')).toBeFocused();

    // Bo 9, Fay 7, Eve 5 remain; sorted by score, highest first.
    await app.toolbarButton('Sort').click();
    const sorts = page.getByRole('dialog', { name: 'Sort' });
    await sorts.getByRole('button', { name: 'Add sort' }).click();
    await sorts.getByLabel('Sort 1 column').selectOption({ label: 'Score' });
    await sorts.getByLabel('Sort 1 direction').selectOption('desc');
    await expect(dataRow(page, 0)).toContainText('Bo');
    await expect(dataRow(page, 1)).toContainText('Fay');
    await expect(dataRow(page, 2)).toContainText('Eve');

    // A second key, then moved first: by team (Blue before Red), then score.
    await sorts.getByRole('button', { name: 'Add sort' }).click();
    await sorts.getByLabel('Sort 2 column').selectOption({ label: 'Team' });
    await sorts.getByRole('button', { name: 'Move sort 2 up' }).click();
    await expect(sorts.getByLabel('Sort 1 column')).toHaveValue('team');
    await expect(dataRow(page, 0)).toContainText('Bo');
    await expect(dataRow(page, 1)).toContainText('Eve');
    await expect(dataRow(page, 2)).toContainText('Fay');
    await page.keyboard.press('Escape');

    await page.getByLabel('Search rows').fill('fa');
    await expect(app.rowCount).toHaveText('1 of 6 rows');
    await expect(dataRow(page, 0)).toContainText('Fay');

    // The view is kept per table, so a reload shows the same rows.
    await page.reload();
    await expect(app.rowCount).toHaveText('1 of 6 rows');
    await expect(page.getByLabel('Search rows')).toHaveValue('fa');
  });

  test('hides columns, changes density, and opens and closes the side panel by keyboard', async ({
    page,
    request,
  }) => {
    const app = new TablesPage(page);
    const { id } = await new TablesApi(request).createTable('Roster', SCORE_COLUMNS, SCORES.slice(0, 2));
    await app.openTable(id, 'Roster');

    await app.toolbarButton('Columns').click();
    const columns = page.getByRole('dialog', { name: 'Show and hide columns' });
    await columns.getByRole('checkbox', { name: /Team/ }).uncheck();
    await expect(app.grid.getByRole('columnheader', { name: /Team/ })).toHaveCount(0);
    await expect(app.toolbarButton('1 hidden')).toBeVisible();
    await columns.getByRole('checkbox', { name: /Team/ }).check();
    await expect(app.grid.getByRole('columnheader', { name: /Team/ })).toHaveCount(1);
    await page.keyboard.press('Escape');

    await app.toolbarButton(/Row density/).click();
    await page.getByRole('radio', { name: 'Compact' }).check();
    await expect(app.toolbarButton('Row density: compact')).toBeVisible();
    await page.keyboard.press('Escape');

    const history = app.toolbarButton('History');
    await history.focus();
    await page.keyboard.press('Enter');
    await expect(app.sidePanel).toBeVisible();
    await expect(app.sidePanel.getByRole('heading', { name: 'History' })).toBeVisible();
    await expect
      .poll(() => app.sidePanel.evaluate((panel) => panel.contains(document.activeElement)))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect(app.sidePanel).toBeHidden();
    await expect(history).toBeFocused();

    await history.click();
    await app.sidePanel.getByRole('button', { name: 'Close history panel' }).click();
    await expect(app.sidePanel).toBeHidden();
  });

  test('keeps every toolbar action on screen beside an open side panel, its name still there for screen readers', async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const { id } = await new TablesApi(request).createTable(
      'Accounts with a rather long name',
      SCORE_COLUMNS,
    );
    await page.goto(`/tables/${id}`);
    await page.getByRole('button', { name: 'History' }).click();
    await expect(page.getByRole('complementary').getByRole('heading', { name: 'History' })).toBeVisible();
    const grid = await page.getByRole('grid').boundingBox();
    for (const name of ['New row', 'New column', 'Export', 'Import', 'History']) {
      const button = page.getByRole('button', { name, exact: true });
      await expect(button).toBeVisible();
      const box = await button.boundingBox();
      expect(box && grid && box.x + box.width <= grid.x + grid.width + 1, `${name} fits`).toBe(true);
    }
    await page.getByRole('button', { name: 'New row' }).click();
    await expect(page.getByRole('complementary').getByRole('heading', { name: /new row/i })).toBeVisible();
  });
});
