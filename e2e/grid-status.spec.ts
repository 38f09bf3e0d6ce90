import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { createTable, insertRows } from './support/grid-seed.ts';

// The server fills in cell state once AI columns exist; until then the rows it sends are given
// cell metadata on the way, to check that the grid shows every state a user will meet.
const STATES = [
  { status: 'requested', label: 'Queued' },
  { status: 'in_progress', label: 'Running' },
  { status: 'done', label: 'Done' },
  { status: 'failed', error: 'Rate limited by the provider', label: 'Failed: Rate limited by the provider' },
  { status: 'done', stale: true, label: 'Stale: an input changed since this was computed' },
];

test('computed cells show their status badge, with the error of a failed one', async ({ page, request }) => {
  const tableId = await createTable(request, 'Statuses', [
    { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
    { name: 'sentiment', displayName: 'Sentiment', dataType: 'computed', config: { formula: 'feedback' } },
  ]);
  await insertRows(
    request,
    tableId,
    STATES.map((_, n) => ({ feedback: `Feedback ${n + 1}` })),
  );
  await page.route(`**/api/tables/${tableId}/rows?*`, async (route) => {
    const response = await route.fetch();
    const rows = (await response.json()) as Array<{ cells?: unknown }>;
    rows.forEach((row, n) => {
      const { label: _label, ...state } = STATES[n % STATES.length]!;
      row.cells = { sentiment: { ...state, updatedAt: new Date().toISOString() } };
    });
    await route.fulfill({ response, json: rows });
  });

  const grid = new GridPage(page);
  await grid.goto(tableId);
  for (const [n, state] of STATES.entries()) {
    const badge = grid.cell(n, 1).getByRole('img');
    await expect(badge).toHaveAttribute('aria-label', state.label);
  }
  await expect(grid.cell(3, 1).getByRole('img')).toHaveAttribute('title', /Rate limited by the provider/);
});
