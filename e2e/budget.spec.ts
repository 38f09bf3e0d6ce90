import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { RunsPanel } from './pages/runs-panel.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { waitForIdle } from './support/ai-runs.ts';
import { scriptProvider } from './support/fake-provider.ts';
import { createTable, insertRows } from './support/grid-seed.ts';

test('a run with a spending limit pauses before passing it, says what is left, and continues on confirmation', async ({
  page,
  request,
}) => {
  const model = `e2e-budget-${Date.now()}`;
  await scriptProvider(request, [{ model, reply: { value: 'Noted' }, delayMs: 100 }]);
  // A price of this test's own: about four cents a call.
  await request.put('/api/ai/prices', { data: { model, inputUsd: 1000, outputUsd: 1000 } });
  const tableId = await createTable(request, 'Budgeted run', [
    { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
    {
      name: 'summary',
      displayName: 'Summary',
      dataType: 'ai',
      config: { prompt: 'Summarise {Feedback}', model },
    },
  ]);
  await insertRows(
    request,
    tableId,
    Array.from({ length: 30 }, (_, n) => ({ feedback: `Comment ${n + 1}` })),
  );
  const grid = new GridPage(page);
  await grid.goto(tableId);

  await page.getByRole('button', { name: 'Run AI', exact: true }).click();
  await page.getByRole('menuitem', { name: /Fill with a spending limit/ }).click();
  const start = page.getByRole('dialog', { name: 'Fill empty cells with a spending limit' });
  await expect(start).toContainText('≈ 30 calls');
  await start.getByRole('textbox', { name: 'Spending limit (optional)' }).fill('0.50');
  await page.screenshot({ path: 'docs/screenshots/run-budget-start.png' });
  await start.getByRole('button', { name: 'Start run' }).click();
  await expect(start).toBeHidden();

  const status = page.getByTestId('run-status');
  await expect(status).toContainText('Paused at its spending limit', { timeout: 20_000 });
  await status.click();
  const runs = new RunsPanel(page);
  const run = runs.runs.first();
  await expect(run).toContainText('Paused at its budget');
  await expect(run).toContainText(
    /Paused before passing its limit of \$0\.50: \d+ cells left, ≈ [\d,]+ tokens, ≈ \$/,
  );
  await expect(run).toContainText('0 failed');
  await page.screenshot({ path: 'docs/screenshots/run-budget-paused.png' });

  await run.getByRole('button', { name: 'Continue…' }).click();
  const resume = page.getByRole('dialog', { name: 'Continue this run?' });
  await expect(resume).toContainText('cells left');
  await expect(resume.getByRole('textbox', { name: 'New limit' })).not.toHaveValue('');
  await page.screenshot({ path: 'docs/screenshots/run-budget-continue.png' });
  await resume.getByRole('button', { name: 'Continue run' }).click();
  await expect(resume).toBeHidden();
  await expect(runs.notice).toContainText('Continued, with a limit of $');
  await waitForIdle(request, tableId);
  await expect(run).toContainText('Completed');
  await expect(run).toContainText('30 done · 0 failed · 0 cancelled of 30 queued');
});

test('prices per model are set in Settings over the dated list prices', async ({ page }) => {
  const model = `e2e-priced-${Date.now()}`;
  const settings = new SettingsPage(page);
  await page.goto('/');
  await settings.open();
  const prices = settings.dialog.getByRole('region', { name: 'Prices' });
  const form = prices.getByRole('form', { name: "Set a model's price" });
  await form.getByLabel('Model').fill(model);
  await form.getByLabel('Input').fill('0.5');
  await form.getByLabel('Output').fill('1.5');
  await form.getByRole('button', { name: 'Save price' }).click();
  const own = prices
    .getByRole('list', { name: 'Prices set here' })
    .getByRole('listitem')
    .filter({ hasText: model });
  await expect(own).toContainText('$0.5 in · $1.5 out');
  await prices.getByText(/List prices \(collected \d{4}-\d{2}-\d{2}\)/).click();
  await expect(prices).toContainText('gpt-4o-mini $0.15 in · $0.6 out');
  await prices.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/prices-settings.png' });
  await own.getByRole('button', { name: 'Remove' }).click();
  await expect(own).toHaveCount(0);
});

test('a spending limit or a price typed carelessly is refused at its field, nothing started and nothing lost', async ({
  page,
  request,
}) => {
  const model = `e2e-careful-${Date.now()}`;
  await scriptProvider(request, [{ model, reply: { value: 'Noted' } }]);
  const tableId = await createTable(request, 'Careful limits', [
    { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
    {
      name: 'summary',
      displayName: 'Summary',
      dataType: 'ai',
      config: { prompt: 'Summarise {Feedback}', model },
    },
  ]);
  await insertRows(request, tableId, [{ feedback: 'One' }, { feedback: 'Two' }]);
  const grid = new GridPage(page);
  await grid.goto(tableId);
  await page.getByRole('button', { name: 'Run AI', exact: true }).click();
  await page.getByRole('menuitem', { name: /Fill with a spending limit/ }).click();
  const start = page.getByRole('dialog', { name: 'Fill empty cells with a spending limit' });
  const limit = start.getByRole('textbox', { name: 'Spending limit (optional)' });
  const refusals = [
    ['ten', 'Enter a number, like 0.50'],
    ['-5', 'Enter a positive amount, or leave it empty'],
    // Read as 15 before: ten times the limit meant.
    ['1,5', 'Write decimals with a point (1.5); a comma only separates thousands (1,500)'],
  ] as const;
  for (const [typed, message] of refusals) {
    await limit.fill(typed);
    await start.getByRole('button', { name: 'Start run' }).click();
    await expect(limit).toHaveAccessibleDescription(message);
    await expect(limit).toHaveValue(typed);
    await expect(start).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/careful-limit.png' });
  // Tab goes on to the unit; Escape closes without starting anything.
  await limit.focus();
  await page.keyboard.press('Tab');
  await expect(start.getByRole('combobox', { name: 'Limit in' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(start).toBeHidden();
  const runs = (await (await request.get(`/api/tables/${tableId}/runs`)).json()) as unknown[];
  expect(runs).toHaveLength(0);

  const settings = new SettingsPage(page);
  await settings.open();
  const form = settings.dialog
    .getByRole('region', { name: 'Prices' })
    .getByRole('form', { name: "Set a model's price" });
  await form.getByLabel('Model').fill(model);
  await form.getByLabel('Input').fill('ten');
  await form.getByLabel('Output').fill('1,5');
  await form.getByRole('button', { name: 'Save price' }).click();
  await expect(form.getByLabel('Input')).toHaveAccessibleDescription(/^Enter a number, like 0\.50/);
  await expect(form.getByLabel('Output')).toHaveAccessibleDescription(/^Write decimals with a point/);
  await expect(form.getByLabel('Model')).toHaveValue(model);
  await form.getByLabel('Output').fill('-5');
  await form.getByLabel('Input').fill('0.5');
  await form.getByRole('button', { name: 'Save price' }).click();
  await expect(form.getByLabel('Output')).toHaveAccessibleDescription(/^Enter a price of 0 or more/);
  await page.screenshot({ path: 'test-results/careful-price.png' });
});
