import { expect, test } from '@playwright/test';
import { EnrichPanel } from './pages/enrich-panel.ts';
import { GridPage } from './pages/grid-page.ts';
import { scriptProvider } from './support/fake-provider.ts';
import { createTable, insertRows } from './support/grid-seed.ts';

test('previews an enrichment plan, edits a step, runs it and watches the column fill', async ({
  page,
  request,
}) => {
  const model = `e2e-enrich-${Date.now()}`;
  await scriptProvider(request, [
    { model, match: 'friendly', reply: { value: 'positive' }, delayMs: 400 },
    { model, match: 'failing', reply: { value: 'negative' }, delayMs: 400 },
    { model, reply: { value: 'neutral' }, delayMs: 400 },
  ]);
  const tableId = await createTable(request, 'Feedback to rate', [
    { name: 'customer', displayName: 'Customer', dataType: 'text' },
    { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
    {
      name: 'sentiment',
      displayName: 'Sentiment',
      dataType: 'select',
      config: { options: ['positive', 'neutral', 'negative'] },
    },
  ]);
  await insertRows(request, tableId, [
    { customer: 'Acme', feedback: 'Support was fast and friendly' },
    { customer: 'Globex', feedback: 'Export keeps failing' },
    { customer: 'Initech', feedback: 'It does the job' },
    { customer: 'Umbrella', feedback: 'Rated already', sentiment: 'neutral' },
  ]);
  const grid = new GridPage(page);
  await grid.goto(tableId);

  // The column's menu opens the panel for that column.
  const menu = await grid.openColumnMenu('Sentiment');
  await menu.getByRole('menuitem', { name: 'Enrich with AI…' }).click();
  const enrich = new EnrichPanel(page);
  await expect(enrich.panel).toBeVisible();
  await expect(enrich.field('Column to fill')).toHaveValue('sentiment');

  await enrich.panel.getByText('My prompt', { exact: true }).click();
  await enrich.field('Prompt').fill('Rate {feedback}');
  await enrich.field('Model').fill(model);
  await enrich.panel.getByRole('button', { name: 'Preview plan' }).click();

  await expect(enrich.plan).toBeVisible();
  await expect(enrich.plan).toContainText('Classify in one pass');
  await expect(enrich.plan).toContainText('data-analyst');
  await expect(enrich.fact('Rows to fill')).toHaveText('3');
  await expect(enrich.fact('Answers')).toHaveText('positiveneutralnegative');
  await expect(enrich.fact('Estimate')).toContainText('≈ 3 calls');
  await expect(enrich.plan.getByRole('table')).toContainText('Support was fast and friendly');
  await expect(enrich.plan.getByRole('table')).not.toContainText('Rated already');

  // The step's prompt is edited before running; the run uses the edit.
  const step = enrich.field('Step 1 prompt');
  await expect(step).toHaveValue('Rate {feedback}');
  await step.fill('How does {customer} feel about us? {feedback}');
  await enrich.panel.getByRole('button', { name: 'Enrich 3 rows' }).click();
  await expect(enrich.panel.getByRole('status').filter({ hasText: 'Started' })).toHaveText(
    'Started: 3 rows queued.',
  );

  // The cells show their state while they run, then fill; the row already rated keeps its value.
  await expect(grid.cell(0, 2).getByRole('button', { name: /^(Queued|Running)/ })).toBeVisible();
  await expect(grid.cell(0, 2)).toContainText('positive');
  await expect(grid.cell(1, 2)).toContainText('negative');
  await expect(grid.cell(2, 2)).toContainText('neutral');
  await expect(grid.cell(3, 2)).toContainText('neutral');
  await expect(grid.cell(0, 2).getByRole('button', { name: 'Done' })).toBeVisible();

  // Followed where it started, and listed in the history.
  const started = enrich.panel.getByRole('list', { name: 'This enrichment' });
  await expect(started).toContainText('Completed');
  await expect(started).toContainText('3 filled · 0 failed of 3 rows');
  await expect(enrich.history.first()).toContainText('3 filled · 0 failed of 3 rows');

  // The enriched cell's detail shows the edited step's prompt as sent, the row's values quoted as data.
  await grid.cell(0, 2).getByRole('button', { name: 'Done' }).click();
  const detail = page
    .locator('aside.side-panel')
    .filter({ has: page.getByRole('heading', { name: 'AI cell' }) });
  await expect(detail).toContainText('How does "Acme" feel about us? "Support was fast and friendly"');
});
