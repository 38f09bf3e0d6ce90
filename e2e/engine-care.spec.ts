import { type APIRequestContext, expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { RunsPanel } from './pages/runs-panel.ts';
import { startRun, waitForIdle } from './support/ai-runs.ts';
import { fakeProviderUrl, scriptProvider } from './support/fake-provider.ts';
import { createTable, insertRows } from './support/grid-seed.ts';

/** How many calls the fake provider received for a model. */
async function callCount(request: APIRequestContext, model: string): Promise<number> {
  const response = await request.get(`${fakeProviderUrl}/__calls?model=${encodeURIComponent(model)}`);
  return ((await response.json()) as unknown[]).length;
}

const feedbackTable = (request: APIRequestContext, name: string, model: string, extra = {}) =>
  createTable(request, name, [
    { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
    {
      name: 'summary',
      displayName: 'Summary',
      dataType: 'ai',
      config: { prompt: 'Summarise {Feedback}', model, ...extra },
    },
  ]);

const many = (count: number) => Array.from({ length: count }, (_, n) => ({ feedback: `Comment ${n + 1}` }));

test('a new empty row waits for input at no cost, and its AI cell runs once the input is filled', async ({
  page,
  request,
}) => {
  const model = `e2e-waiting-${Date.now()}`;
  await scriptProvider(request, [{ model, reply: { value: 'Happy customer' } }]);
  const tableId = await feedbackTable(request, 'Waiting for input', model, { autoRun: true });
  const grid = new GridPage(page);
  await grid.goto(tableId);

  await page.getByRole('button', { name: '+ Add row' }).click();
  await expect(grid.cell(0, 1).getByRole('button', { name: /^Waiting for input/ })).toBeVisible();
  await expect(grid.cell(0, 1)).toContainText('Waiting for input');
  await page.screenshot({ path: 'docs/screenshots/waiting-for-input.png' });
  expect(await callCount(request, model)).toBe(0);

  await grid.typeInto(0, 0, 'Support was great');
  await expect(grid.cell(0, 1)).toContainText('Happy customer');
  await expect(grid.cell(0, 1)).not.toContainText('Waiting for input');
  await waitForIdle(request, tableId);
  expect(await callCount(request, model)).toBe(1);
});

test('reruns say what they will cost and ask first; the run they start shows it came from the app', async ({
  page,
  request,
}) => {
  const model = `e2e-rerun-${Date.now()}`;
  await scriptProvider(request, [{ model, reply: { value: 'Noted' } }]);
  // The answer cache is off: an unchanged column's rerun would otherwise cost nothing and ask nothing.
  const tableId = await feedbackTable(request, 'Rerun costs', model, { cache: false });
  await insertRows(request, tableId, [...many(24), {}]);
  await startRun(request, tableId);
  await waitForIdle(request, tableId);
  const before = await callCount(request, model);
  const grid = new GridPage(page);
  await grid.goto(tableId);

  await page.getByRole('button', { name: 'Run AI', exact: true }).click();
  await page.getByRole('menuitem', { name: /Rerun everything/ }).click();
  const everything = page.getByRole('dialog', { name: 'Rerun everything?' });
  await expect(everything).toContainText('≈ 24 calls');
  await expect(everything).toContainText('tokens in');
  await expect(everything).toContainText('1 cell with nothing to read will wait for input');
  await page.screenshot({ path: 'docs/screenshots/rerun-confirmation.png' });
  await everything.getByRole('button', { name: 'Cancel' }).click();
  await expect(everything).toBeHidden();

  const menu = await grid.openColumnMenu('Summary');
  await menu.getByRole('menuitem', { name: 'Rerun column' }).click();
  const column = page.getByRole('dialog', { name: 'Rerun “Summary”?' });
  await expect(column).toContainText('≈ 24 calls');
  await column.getByRole('button', { name: 'Rerun 24 cells' }).click();
  await expect(column).toBeHidden();
  await waitForIdle(request, tableId);
  expect((await callCount(request, model)) - before).toBe(24);

  const runs = new RunsPanel(page);
  await runs.open();
  await expect(runs.runs).toHaveCount(2);
  await expect(runs.runs.first()).toContainText('Started byThis app');
  await expect(runs.runs.nth(1)).toContainText('Started byThe API');
});

test('rolling back a run after a cancelled rerun restores the cells the rerun never reached', async ({
  page,
  request,
}) => {
  const model = `e2e-rollback-${Date.now()}`;
  await scriptProvider(request, [
    { model, reply: { value: 'First answer' }, times: 30 },
    { model, reply: { value: 'Second answer' }, delayMs: 1500 },
  ]);
  const tableId = await feedbackTable(request, 'Rollback after cancel', model, { cache: false });
  await insertRows(request, tableId, many(30));
  await startRun(request, tableId);
  await waitForIdle(request, tableId);
  const rerun = await startRun(request, tableId, { mode: 'all' });
  // Let the first calls of the rerun answer, then cancel it.
  await expect.poll(() => callCount(request, model), { timeout: 20_000 }).toBeGreaterThan(31);
  await page.waitForTimeout(1_600);
  await request.post(`/api/tables/${tableId}/runs/${rerun}/cancel`);
  await waitForIdle(request, tableId);
  const rows = (await (await request.get(`/api/tables/${tableId}/rows?limit=100`)).json()) as Array<{
    data: { summary: string | null };
  }>;
  const answered = rows.filter((row) => row.data.summary === 'Second answer').length;
  expect(answered).toBeGreaterThan(0);
  expect(answered).toBeLessThan(30);

  const grid = new GridPage(page);
  const runs = new RunsPanel(page);
  await grid.goto(tableId);
  await runs.open();
  await expect(runs.runs).toHaveCount(2);
  await runs.rollBack(runs.runs.nth(1));
  await expect(runs.notice).toHaveText(
    `Restored ${30 - answered} cells. ${answered} cell${answered === 1 ? '' : 's'} changed since, by a person or a later run, kept their newer value: roll back that later run first to go further back.`,
  );
  await expect(grid.grid.getByRole('gridcell').filter({ hasText: 'First answer' })).toHaveCount(0);
  await expect(runs.runs.first().getByRole('button', { name: 'Roll back' })).toBeVisible();
});
