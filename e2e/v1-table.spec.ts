import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { scriptProvider } from './support/fake-provider.ts';

test.use({ viewport: { width: 1280, height: 640 } });

/** Waits as an Extruct client does: GET /v1/tables/{id} until idle with nothing in progress. */
async function untilIdle(request: import('@playwright/test').APIRequestContext, tableId: string) {
  await expect
    .poll(async () => {
      const table = await (await request.get(`/v1/tables/${tableId}`)).json();
      return table.status.run_status === 'idle' && table.status.num_cells_in_progress === 0;
    })
    .toBe(true);
}

test('a table made through /v1 is an ordinary table in the grid, its agent types in the AI form', async ({
  page,
  request,
}) => {
  await scriptProvider(request, [
    { match: 'stripe.com', reply: { value: 'Enterprise' } },
    { match: 'tinyshop.example', reply: { value: 'SMB' } },
  ]);
  const created = await request.post('/v1/tables', {
    data: {
      name: 'Leads from the Extruct script',
      kind: 'generic',
      column_configs: [
        { kind: 'input', name: 'Company', key: 'company' },
        {
          kind: 'agent',
          name: 'Segment',
          key: 'segment',
          value: {
            agent_type: 'llm',
            prompt: 'Which segment does {company} sell to?',
            output_format: 'select',
            labels: ['SMB', 'Enterprise'],
          },
        },
        {
          kind: 'agent',
          name: 'Background',
          key: 'background',
          value: { agent_type: 'research_pro', prompt: 'Research {company} and describe it briefly.' },
        },
      ],
    },
  });
  expect(created.ok()).toBe(true);
  const { id } = await created.json();
  await request.post(`/v1/tables/${id}/rows`, {
    data: { rows: [{ data: { company: 'stripe.com' } }, { data: { company: 'tinyshop.example' } }] },
  });
  await request.post(`/v1/tables/${id}/run`, { data: { columns: ['segment'] } });
  await untilIdle(request, id);

  const grid = new GridPage(page);
  await grid.goto(id);
  await expect(grid.headerNames()).toHaveText(['Company', 'Segment', 'Background']);
  await expect(grid.cell(0, 1)).toContainText('Enterprise');
  await expect(grid.cell(1, 1)).toContainText('SMB');

  const menu = await grid.openColumnMenu('Background');
  await menu.getByRole('menuitem', { name: 'AI settings…' }).click();
  const agent = page.getByRole('complementary').getByLabel('Agent');
  await expect(agent).toHaveValue('research_pro');
  await expect(agent.locator('option:checked')).toHaveText('Research deeper (more searches and pages)');
  await page.screenshot({ path: 'docs/screenshots/v1-table.png' });
});
