import { expect, test } from '@playwright/test';
import { AiColumnPanel } from './pages/ai-column-panel.ts';
import { GridPage } from './pages/grid-page.ts';
import { scriptProvider } from './support/fake-provider.ts';
import { createTable, insertRows } from './support/grid-seed.ts';

const FEEDBACK = [
  { customer: 'Acme', feedback: 'Support was fast and friendly' },
  { customer: 'Globex', feedback: 'Export keeps failing' },
  { customer: 'Initech', feedback: 'Fine overall' },
];

test.describe('AI columns', () => {
  test('configures a column with column completion, previews it, runs it and watches the badges turn done', async ({
    page,
    request,
  }) => {
    const model = `e2e-sentiment-${Date.now()}`;
    await scriptProvider(request, [
      { model, match: 'friendly', reply: { value: 'positive' }, delayMs: 300 },
      { model, match: 'failing', reply: { value: 'Negative' }, delayMs: 300 },
      { model, reply: { value: 'Neutral' }, delayMs: 300 },
    ]);
    const tableId = await createTable(request, 'Feedback triage', [
      { name: 'customer', displayName: 'Customer', dataType: 'text' },
      { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
    ]);
    await insertRows(request, tableId, FEEDBACK);
    const grid = new GridPage(page);
    await grid.goto(tableId);

    const panel = new AiColumnPanel(page);
    await panel.openNew('Sentiment');
    await panel.prompt.click();
    await panel.type('How does {feed');
    await panel.chooseSuggestion('Feedback');
    await panel.type(' sound?');
    await expect(panel.prompt).toHaveValue('How does {Feedback} sound?');
    await panel.format('One label', 'Positive, Neutral, Negative');
    await panel.model(model);

    await panel.panel.getByRole('button', { name: 'Preview on 3 rows' }).click();
    await expect(panel.preview.getByRole('listitem')).toHaveText([/Positive/, /Negative/, /Neutral/]);
    await expect(grid.header('Sentiment')).toHaveCount(0);

    await panel.panel.getByRole('button', { name: 'Create and run' }).click();
    await expect(grid.header('Sentiment')).toBeVisible();
    await expect(page.getByTestId('run-status')).toContainText(/of 3 cells|to go/);
    for (const [row, label] of ['Positive', 'Negative', 'Neutral'].entries()) {
      await expect(grid.cell(row, 2)).toContainText(label);
      await expect(
        grid.cell(row, 2).getByRole('button', { name: /^(Done|Failed|Written|Queued|Running|Stale)/ }),
      ).toHaveAttribute('aria-label', 'Done');
    }
    await expect(page.getByTestId('run-status')).toContainText('AI idle · 3 cells filled');
  });

  test('shows why a cell failed, and keeps a value a person typed over an answer', async ({
    page,
    request,
  }) => {
    const model = `e2e-summary-${Date.now()}`;
    await scriptProvider(request, [
      { model, match: 'failing', status: 401 },
      { model, reply: { value: 'A short summary' } },
    ]);
    const tableId = await createTable(request, 'Summaries', [
      { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
      {
        name: 'summary',
        displayName: 'Summary',
        dataType: 'ai',
        config: { prompt: 'Summarise {feedback}', model },
      },
    ]);
    await insertRows(
      request,
      tableId,
      FEEDBACK.map(({ feedback }) => ({ feedback })),
    );
    const grid = new GridPage(page);
    await grid.goto(tableId);
    await page.getByRole('button', { name: 'Run AI', exact: true }).click();
    await page.getByRole('menuitem', { name: /Fill empty cells/ }).click();

    await expect(
      grid.cell(1, 1).getByRole('button', { name: /^(Done|Failed|Written|Queued|Running|Stale)/ }),
    ).toHaveAttribute('aria-label', 'Failed: The provider refused the API key (401): check it in Settings');
    await expect(grid.cell(0, 1)).toContainText('A short summary');
    await expect(page.getByTestId('run-status')).toContainText('1 failed cell');

    // Typing over an answer corrects it: the cell is verified, and reruns keep it.
    await grid.typeInto(0, 1, 'My own words');
    await expect(grid.cell(0, 1)).toContainText('My own words');
    await expect(
      grid.cell(0, 1).getByRole('button', { name: /^(Done|Failed|Verified|Queued|Running|Stale)/ }),
    ).toHaveAttribute('aria-label', 'Verified by a person: reruns keep it and the column learns from it');
    await page.getByRole('button', { name: 'Run AI', exact: true }).click();
    await page.getByRole('menuitem', { name: /Rerun everything/ }).click();
    await expect(
      grid.cell(2, 1).getByRole('button', { name: /^(Done|Failed|Written|Queued|Running|Stale)/ }),
    ).toHaveAttribute('aria-label', 'Done');
    await expect(grid.cell(0, 1)).toContainText('My own words');
  });
});
