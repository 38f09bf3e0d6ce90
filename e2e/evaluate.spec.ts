import { expect, test } from '@playwright/test';
import { CellPanel } from './pages/cell-panel.ts';
import { GridPage } from './pages/grid-page.ts';
import { TablesApi } from './pages/tables-page.ts';
import { startRun, waitForIdle } from './support/ai-runs.ts';
import { scriptProvider } from './support/fake-provider.ts';

/** Reviews, the label people give them, and what the column's model answers (wrong twice). */
const REVIEWS = [
  ['Great service', 'Positive', 'Positive'],
  ['Loved the food', 'Positive', 'Positive'],
  ['Terrible wait', 'Negative', 'Negative'],
  ['Cold soup', 'Negative', 'Positive'],
  ['It was fine', 'Neutral', 'Neutral'],
  ['Okay I guess', 'Neutral', 'Negative'],
] as const;
const SLOPPY = 'evaluate-e2e-sloppy';
const CAREFUL = 'evaluate-e2e-careful';

test('confirm answers, see the examples a call was sent, evaluate variants side by side and use the better one', async ({
  page,
  request,
}) => {
  // Two evaluations and the settings panel: ~30 s alone, more when other suites load the machine.
  test.setTimeout(90_000);
  await scriptProvider(request, [
    ...REVIEWS.flatMap(([review, verified, answered]) => [
      { model: SLOPPY, match: `Classify "${review}"`, reply: { value: answered } },
      { model: CAREFUL, match: `Classify "${review}"`, reply: { value: verified } },
    ]),
    { model: SLOPPY, match: 'Classify "Cold coffee"', reply: { value: 'Negative' } },
  ]);
  const { id, rows } = await new TablesApi(request).createTable(
    'Restaurant reviews',
    [
      { name: 'review', displayName: 'Review', dataType: 'text' },
      {
        name: 'sentiment',
        displayName: 'Sentiment',
        dataType: 'ai',
        config: {
          prompt: 'Classify {review}',
          outputFormat: 'label',
          labels: ['Positive', 'Negative', 'Neutral'],
          model: SLOPPY,
        },
      },
    ],
    [...REVIEWS.map(([review]) => ({ review })), { review: 'Cold coffee' }],
  );
  await startRun(request, id);
  await waitForIdle(request, id);
  // People corrected the rest through the API; the first answer is confirmed in the app below.
  for (const [index, [, verified]] of REVIEWS.entries()) {
    if (index === 0) continue;
    const response = await request.post(`/api/tables/${id}/rows/${rows[index]?.id}/cells/sentiment/verify`, {
      data: { value: verified },
    });
    expect(response.ok()).toBe(true);
  }

  const grid = new GridPage(page);
  const cell = new CellPanel(page);
  await grid.goto(id);
  await grid.cell(0, 1).getByRole('button', { name: 'Done' }).click();
  await cell.button('Confirm answer').click();
  await expect(cell.notice).toHaveText('Confirmed: runs keep this answer and the column learns from it.');
  await expect(cell.panel.getByText('✓ Verified')).toBeVisible();
  await expect(grid.cell(0, 1).getByRole('button', { name: /^Verified by a person/ })).toBeVisible();

  // With six verified cells the column learns: the last row's call gets the three most like it.
  await startRun(request, id, { rowIds: [rows[6]?.id as string], mode: 'all' });
  await waitForIdle(request, id);
  await grid.cell(6, 1).getByRole('button', { name: 'Done' }).click();
  await expect(cell.panel.getByRole('heading', { name: 'Verified examples sent (3)' })).toBeVisible();
  await expect(cell.panel.getByRole('listitem').first()).toContainText('Cold soup');
  await page.screenshot({ path: 'docs/screenshots/cell-verified-examples.png' });

  const menu = await grid.openColumnMenu('Sentiment');
  await menu.getByRole('menuitem', { name: 'AI settings…' }).click();
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('region', { name: 'Verified cells' })).toContainText(
    '6 verified cells · each call gets up to 3 of them as examples',
  );
  await panel.getByRole('region', { name: 'Verified cells' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/ai-column-verified.png' });
  await panel.getByRole('button', { name: 'Evaluate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Evaluate Sentiment' });
  await dialog.getByRole('button', { name: 'Add a variant' }).click();
  await dialog.getByRole('textbox', { name: 'Model' }).fill(CAREFUL);
  await dialog.getByLabel('Verified examples per call').selectOption('0');
  await dialog.getByRole('button', { name: 'Evaluate', exact: true }).click();

  const current = dialog.getByRole('article', { name: 'Results of Current settings' });
  const variant = dialog.getByRole('article', { name: 'Results of Variant 2' });
  await expect(current).toContainText('67%');
  await expect(current).toContainText('4 of 6');
  await expect(current.getByRole('table')).toBeVisible();
  await expect(current.getByRole('list', { name: 'Disagreements' })).toContainText(
    'Cold soup: answered Positive, verified Negative',
  );
  await expect(variant).toContainText('100%');
  await expect(variant).toContainText('6 of 6');
  await expect(variant).toContainText('0 examples per call');
  await variant.getByRole('button', { name: 'Use this variant' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/evaluate.png' });

  // Evaluating changed no cell: the rows are as they were.
  const cells = await request.get(`/api/tables/${id}/columns/sentiment/verified`);
  expect(((await cells.json()) as { total: number }).total).toBe(6);

  await variant.getByRole('button', { name: 'Use this variant' }).click();
  await expect(dialog.getByRole('status')).toHaveText('The column now uses variant 2.');
  const table = (await (await request.get(`/api/tables/${id}`)).json()) as {
    columns: Array<{ name: string; config: { model?: string; examples?: number } }>;
  };
  expect(table.columns.find((column) => column.name === 'sentiment')?.config).toMatchObject({
    model: CAREFUL,
    examples: 0,
  });

  // A careful user. Ctrl+Z, outside a text field, puts the previous settings back (so does Undo).
  const configNow = async () => {
    const now = (await (await request.get(`/api/tables/${id}`)).json()) as typeof table;
    return now.columns.find((column) => column.name === 'sentiment')?.config;
  };
  await page.keyboard.press('Control+z');
  await expect(dialog.getByRole('status')).toHaveText('The column has its previous settings again.');
  await expect(dialog.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  expect(await configNow()).toMatchObject({ model: SLOPPY, examples: 3 });
  // Escape closes the dialog without losing what was typed or the results paid for.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await panel.getByRole('button', { name: 'Evaluate…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Model' })).toHaveValue(CAREFUL);
  await expect(variant).toContainText('100%');
  await variant.getByRole('button', { name: 'Use this variant' }).click();
  await expect(dialog.getByRole('status')).toHaveText('The column now uses variant 2.');
  // Escape closes the dialog only, not the side panel it was opened from.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The AI settings behind the dialog follow, or their Save would put the old model back.
  const settings = page.getByRole('form', { name: 'AI settings of Sentiment' });
  await expect(settings.getByRole('textbox', { name: 'Model' })).toHaveValue(CAREFUL);
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(configNow).toMatchObject({ model: CAREFUL, examples: 0 });
});
