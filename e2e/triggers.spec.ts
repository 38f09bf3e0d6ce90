import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { TablesApi, TablesPage } from './pages/tables-page.ts';
import { TriggersPage } from './pages/triggers-page.ts';

test.describe('triggers', () => {
  test('add a trigger that runs an AI column on new rows and watch it fill', async ({ page, request }) => {
    const api = new TablesApi(request);
    const { id } = await api.createTable('Triggered feedback', [
      { name: 'feedback', displayName: 'Feedback', dataType: 'text' },
      {
        name: 'sentiment',
        displayName: 'Sentiment',
        dataType: 'ai',
        config: {
          prompt: 'Classify this feedback: {feedback}',
          outputFormat: 'label',
          labels: ['negative', 'positive'],
        },
      },
    ]);
    const app = new TablesPage(page);
    const triggers = new TriggersPage(page);
    await app.openTable(id, 'Triggered feedback');
    await triggers.open();
    await triggers.startNew('Classify new feedback');
    await triggers.runAiColumns(['Sentiment']);
    await triggers.save();
    const item = triggers.item('Classify new feedback');
    await expect(item).toContainText('Active');
    await expect(item).toContainText('When a row is added, run AI columns.');
    await expect(item.getByTestId('trigger-fires')).toHaveText('Fired 0 times');

    // A new row from the row form: the trigger runs the AI column on it, and the cell fills in.
    const form = await app.openNewRow();
    await app.fillAndSave(form, { Feedback: 'This is so negative, I want a refund' });
    const grid = new GridPage(page);
    await expect(grid.cell(0, 1)).toHaveText(/negative/, { timeout: 20_000 });
    await triggers.open();
    await expect(triggers.item('Classify new feedback').getByTestId('trigger-fires')).toHaveText(
      /^Fired 1 time/,
    );
  });

  test('pauses and resumes a trigger from the list', async ({ page, request }) => {
    const api = new TablesApi(request);
    const { id } = await api.createTable('Paused triggers', [
      { name: 'title', displayName: 'Title', dataType: 'text' },
    ]);
    await request.post(`/api/tables/${id}/triggers`, {
      data: {
        name: 'Copy rows',
        triggerEvent: 'row_added',
        condition: { column: 'title', operator: 'contains', value: 'copy' },
        actionType: 'create_task',
        actionConfig: { values: { title: 'copied: {title}' } },
      },
    });
    const app = new TablesPage(page);
    const triggers = new TriggersPage(page);
    await app.openTable(id, 'Paused triggers');
    await triggers.open();
    const item = triggers.item('Copy rows');
    await expect(item).toContainText('When a row is added and its condition holds, add a row.');
    await item.getByRole('button', { name: 'Pause' }).click();
    await expect(item).toContainText('Paused');
    await item.getByRole('button', { name: 'Resume' }).click();
    await expect(item).toContainText('Active');
    await api.createTable('unused', []);
    await request.post(`/api/tables/${id}/rows`, { data: { rows: [{ data: { title: 'please copy me' } }] } });
    await expect(item.getByTestId('trigger-fires')).toHaveText(/^Fired 1 time/, { timeout: 15_000 });
    await expect
      .poll(async () => (await api.rows(id)).map((row) => row.data.title))
      .toEqual(['please copy me', 'copied: please copy me']);
  });
});
