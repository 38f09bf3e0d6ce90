import { expect, test } from '@playwright/test';
import { CellPanel } from './pages/cell-panel.ts';
import { GridPage } from './pages/grid-page.ts';
import { RunsPanel } from './pages/runs-panel.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { TablesApi } from './pages/tables-page.ts';
import { startRun, waitForIdle } from './support/ai-runs.ts';
import { fakeProviderUrl, scriptProvider } from './support/fake-provider.ts';

// Takes the AI panels' screenshots in docs/screenshots; run on purpose only:
// `SCREENSHOTS=1 npx playwright test e2e/ai-screenshots.spec.ts`.
test.skip(!process.env.SCREENSHOTS, 'screenshots are taken on request (SCREENSHOTS=1)');
test.use({ viewport: { width: 1440, height: 860 } });

const FEEDBACK = [
  'Love the new export, it saved me hours every week',
  'The app crashes when I paste a large table',
  'Pricing is fair for what we get',
  'Support answered within minutes, impressive',
  'Please add a dark mode',
  'Search is slow on big tables',
];

test('AI panels screenshots', async ({ page, request }) => {
  await scriptProvider(request, [
    { model: 'shots-sentiment', match: 'crashes', reply: { value: 'Negative' } },
    { model: 'shots-sentiment', match: 'slow', reply: { value: 'Negative' } },
    { model: 'shots-sentiment', match: 'Please', reply: { value: 'Neutral' } },
    { model: 'shots-sentiment', reply: { value: 'Positive' } },
    { model: 'shots-summary', match: 'dark mode', content: 'Sure! Here is a summary: dark mode request' },
    { model: 'shots-summary', delayMs: 400 },
  ]);
  const { id } = await new TablesApi(request).createTable(
    'Customer feedback',
    [
      { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
      {
        name: 'sentiment',
        displayName: 'Sentiment',
        dataType: 'ai',
        config: { prompt: 'Rate the sentiment of: {feedback}', model: 'shots-sentiment' },
      },
      {
        name: 'summary',
        displayName: 'Summary',
        dataType: 'ai',
        config: { prompt: 'Summarize in five words: {feedback}', model: 'shots-summary' },
      },
    ],
    FEEDBACK.map((feedback) => ({ feedback })),
  );
  await startRun(request, id, { columns: ['sentiment'] });
  await waitForIdle(request, id);
  await startRun(request, id, { columns: ['summary'] });
  await waitForIdle(request, id);

  // Settings, with a second provider added here and tested.
  const settings = new SettingsPage(page);
  await page.goto(`/tables/${id}`);
  await settings.open();
  await settings.addProvider({
    name: 'Local Ollama',
    baseUrl: `${fakeProviderUrl}/v1`,
    apiKey: 'sk-ollama-0000a1b2',
    defaultModel: 'llama3.2',
  });
  await settings.testConnection('Local Ollama');
  await settings.provider('Local Ollama').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/settings.png' });
  await page.keyboard.press('Escape');

  // Runs, with a later one rolled back.
  const runs = new RunsPanel(page);
  await runs.open();
  await runs.rollBack(runs.runs.first());
  await expect(runs.notice).toContainText('Restored');
  await startRun(request, id, { columns: ['summary'] });
  await expect(runs.runs).toHaveCount(3);
  await waitForIdle(request, id);
  await expect(runs.runs.first()).toContainText('Completed');
  await page.reload();
  await runs.open();
  await page.screenshot({ path: 'docs/screenshots/runs-panel.png' });

  // A failed cell's detail, opened by its badge.
  const grid = new GridPage(page);
  await grid.cell(4, 2).getByRole('button').click();
  const cell = new CellPanel(page);
  await expect(cell.raw).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/cell-detail.png' });
});
