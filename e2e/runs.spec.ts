import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { RunsPanel } from './pages/runs-panel.ts';
import { TablesApi } from './pages/tables-page.ts';
import { startRun, waitForIdle } from './support/ai-runs.ts';
import { scriptProvider } from './support/fake-provider.ts';

// A model name of this spec's own, so the fake provider's rules for it touch no other test.
const MODEL = 'runs-e2e';
const COLUMNS = [
  { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
  {
    name: 'sentiment',
    displayName: 'Sentiment',
    dataType: 'ai',
    // The answer cache is off: the reruns here are meant to get new answers.
    config: { prompt: 'Rate {feedback}', model: MODEL, cache: false },
  },
];
const FEEDBACK = [{ feedback: 'Fast support' }, { feedback: 'Slow export' }, { feedback: 'Fine pricing' }];

test('follows a run in the Runs panel, rolls it back in the grid, and cancels another', async ({
  page,
  request,
}) => {
  await scriptProvider(request, [
    { model: MODEL, reply: { value: 'Neutral' }, times: 3 },
    // Long enough for the panel to open on a loaded machine while it still runs.
    { model: MODEL, reply: { value: 'Positive' }, delayMs: 6000, times: 3 },
    // The third run's answers take long enough to cancel it first.
    { model: MODEL, reply: { value: 'Late' }, delayMs: 20_000 },
  ]);
  const { id } = await new TablesApi(request).createTable('Run log', COLUMNS, FEEDBACK);
  await startRun(request, id);
  await waitForIdle(request, id);

  // A second run, over every cell: the open panel follows it while it runs.
  const grid = new GridPage(page);
  const runs = new RunsPanel(page);
  await grid.goto(id);
  await runs.open();
  await expect(runs.runs).toHaveCount(1);
  await startRun(request, id, { mode: 'all' });
  await expect(runs.runs).toHaveCount(2);
  const newest = runs.runs.first();
  await expect(newest).toContainText('Running');
  await expect(newest).toContainText('All cells');
  await expect(newest.getByRole('button', { name: 'Cancel run' })).toBeVisible();
  await expect(newest).toContainText('Completed');
  await expect(newest).toContainText('3 done · 0 failed · 0 cancelled of 3 queued');
  await expect(newest).toContainText('Sentiment');
  await expect(runs.runs.nth(1)).toContainText('Missing cells');

  // Rolling it back puts the first run's answers back in the grid.
  await page.reload();
  await expect(grid.grid.getByRole('gridcell').filter({ hasText: 'Positive' })).toHaveCount(3);
  await runs.open();
  await runs.rollBack(runs.runs.first());
  await expect(runs.notice).toHaveText('Restored 3 cells.');
  await expect(runs.notice).toBeFocused();
  await expect(runs.runs.first()).toContainText('Rolled back');
  await expect(runs.runs.first().getByRole('button', { name: 'Roll back' })).toHaveCount(0);
  await expect(grid.grid.getByRole('gridcell').filter({ hasText: 'Positive' })).toHaveCount(0);
  await expect(grid.grid.getByRole('gridcell').filter({ hasText: 'Neutral' })).toHaveCount(3);

  // A run started elsewhere shows up while the panel is open, and can be cancelled from it.
  await startRun(request, id, { mode: 'all' });
  await expect(runs.runs).toHaveCount(3);
  await expect(runs.runs.first()).toContainText('Running');
  await runs.runs.first().getByRole('button', { name: 'Cancel run' }).click();
  await expect(runs.notice).toHaveText('Cancelled: 3 cells withdrawn.');
  await expect(runs.runs.first()).toContainText('Cancelled');
  await expect(runs.runs.first()).toContainText('0 done · 0 failed · 3 cancelled of 3 queued');
  await expect(grid.grid.getByRole('gridcell').filter({ hasText: 'Neutral' })).toHaveCount(3);
});
