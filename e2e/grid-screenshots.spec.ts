import { expect, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { createTable, insertRows } from './support/grid-seed.ts';

// Takes the grid screenshots in docs/screenshots; run on purpose only:
// `SCREENSHOTS=1 npx playwright test e2e/grid-screenshots.spec.ts`.
test.skip(!process.env.SCREENSHOTS, 'screenshots are taken on request (SCREENSHOTS=1)');
test.use({ viewport: { width: 1440, height: 860 } });

const CITIES = ['Paris', 'London', 'Berlin', 'Madrid'];
const TAGS = ['vip', 'new', 'churn risk', 'partner'];
const NOTES = [
  'Met at the Lisbon conference; wants a follow-up about the enterprise plan and SSO next quarter.',
  null,
  'Asked for a discount',
  null,
];

test('grid screenshots', async ({ page, request }) => {
  const tableId = await createTable(request, 'Customers', [
    { name: 'name', displayName: 'Name', dataType: 'text' },
    { name: 'email', displayName: 'Email', dataType: 'email' },
    { name: 'city', displayName: 'City', dataType: 'select', config: { options: CITIES } },
    { name: 'tags', displayName: 'Tags', dataType: 'multiselect', config: { options: TAGS } },
    { name: 'revenue', displayName: 'Revenue', dataType: 'number' },
    { name: 'active', displayName: 'Active', dataType: 'boolean' },
    { name: 'signup', displayName: 'Signed up', dataType: 'date' },
    { name: 'website', displayName: 'Website', dataType: 'url' },
    { name: 'notes', displayName: 'Notes', dataType: 'text' },
  ]);
  const companies = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka', 'Tyrell'];
  await insertRows(
    request,
    tableId,
    Array.from({ length: 2500 }, (_, i) => ({
      name: `${companies[i % companies.length]} ${i + 1}`,
      email: `buyer${i + 1}@${companies[i % companies.length]?.toLowerCase()}.com`,
      city: CITIES[i % 4],
      tags: i % 3 ? [TAGS[i % 4]] : [TAGS[i % 4], TAGS[(i + 1) % 4]],
      revenue: Math.round(((i * 7919) % 100_000) * 12.5) / 10,
      active: i % 3 !== 0,
      signup: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      website: `https://${companies[i % companies.length]?.toLowerCase()}.example.com`,
      notes: NOTES[i % 4],
    })),
  );
  const grid = new GridPage(page);
  await grid.goto(tableId);
  await expect(grid.cell(0, 0)).toHaveText('Acme 1');
  await grid.select(2, 1);
  await grid.select(4, 3, { shift: true });
  await page.mouse.move(900, 500);
  await page.screenshot({ path: 'docs/screenshots/grid.png' });

  await grid.typeInto(3, 4, 'lots');
  await expect(grid.grid.getByRole('alert')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/grid-editor.png' });
  await page.keyboard.press('Escape');

  await grid.select(1, 2);
  await page.keyboard.press('Enter');
  await page.screenshot({ path: 'docs/screenshots/grid-editor-select.png' });
  await page.keyboard.press('Escape');

  await grid.select(5, 2);
  await grid.openColumnMenu('City');
  await page.screenshot({ path: 'docs/screenshots/grid-menu.png' });
});
