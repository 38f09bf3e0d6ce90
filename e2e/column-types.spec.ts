import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { GridPage } from './pages/grid-page.ts';
import { ImportWizard } from './pages/import-wizard.ts';
import { TablesApi, TablesPage } from './pages/tables-page.ts';

/** The types added through their registry entries, as the add-column form names them, in column order. */
const NEW_COLUMNS: Array<[name: string, label: string]> = [
  ['Phone', 'Phone'],
  ['Data', 'JSON'],
  ['Photo', 'Image (URL)'],
  ['Gallery', 'Images (URLs)'],
  ['Notes', 'Long text (Markdown)'],
];
const [PHONE, DATA, PHOTO, GALLERY, NOTES] = [1, 2, 3, 4, 5];

const NOTES_TEXT = [
  '# Plan',
  '',
  'Ship **fast** and read [the docs](https://example.com/docs).',
  '',
  '- call the *buyer*',
  '- send `v2`',
].join('\n');

/**
 * The image host the tests name: no network here, so the browser's requests are answered with a
 * coloured square (as SVG), the colour taken from the file name.
 */
async function serveImages(page: Page): Promise<void> {
  await page.route('https://img.example/**', (route) => {
    const color = /\/(\w+)\.\w+$/.exec(route.request().url())?.[1] ?? 'gray';
    return route.fulfill({
      contentType: 'image/svg+xml',
      body: `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="${color}"/></svg>`,
    });
  });
}

/** Whether every image in the locator's scope has loaded (a broken one has no natural width). */
const loadedImages = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth > 0));

test.describe('column types: phone, JSON, image, images, Markdown', () => {
  test('added through the form, typed, pasted and refused with a reason, shown in the grid and row panel', async ({
    page,
    request,
  }) => {
    // Five types through the form, the grid and the row panel: one long walk (29-38 s on a loaded machine).
    test.slow();
    await serveImages(page);
    // Tall enough for the row panel to show the Markdown preview beside the images.
    await page.setViewportSize({ width: 1500, height: 1000 });
    const api = new TablesApi(request);
    const { id } = await api.createTable(
      'Leads',
      [{ name: 'name', displayName: 'Name', dataType: 'text' }],
      [{ name: 'Ann' }, { name: 'Ben' }, { name: 'Cleo' }],
    );
    const app = new TablesPage(page);
    const grid = new GridPage(page);
    await app.openTable(id, 'Leads');
    for (const [name, label] of NEW_COLUMNS) await app.addColumn(name, label);
    const table = (await (await request.get(`/api/tables/${id}`)).json()) as {
      columns: Array<{ name: string; dataType: string }>;
    };
    expect(table.columns.map((column) => [column.name, column.dataType])).toEqual([
      ['name', 'text'],
      ['phone', 'phone'],
      ['data', 'json'],
      ['photo', 'image'],
      ['gallery', 'images'],
      ['notes', 'markdown'],
    ]);

    // Typed: a good value is kept as written; a bad one keeps the editor open with the reason.
    await grid.typeInto(0, PHONE, '+1 555 123 4567');
    await expect(grid.cell(0, PHONE)).toHaveText('+1 555 123 4567');
    await grid.typeInto(1, PHONE, 'call me');
    await expect(grid.grid.getByRole('alert')).toHaveText('Expected a phone number (+1 555 123 4567)');
    await page.keyboard.press('Escape');

    await grid.typeInto(0, DATA, '{"tier":"gold","seats":[1,2]}');
    await expect(grid.cell(0, DATA)).toHaveText('{…} 2 keys: tier, seats');
    // Text that is not JSON would pass as a JSON string: it is refused, not stored as one.
    await grid.typeInto(1, DATA, 'gold');
    await expect(grid.grid.getByRole('alert')).toHaveText('Not valid JSON (text needs its quotes: "hello")');
    await page.locator('.grid-root').screenshot({ path: 'docs/screenshots/column-types-refused.png' });
    await page.keyboard.press('Escape');
    await grid.typeInto(1, DATA, '"gold"');
    await expect(grid.cell(1, DATA)).toHaveText('"gold"');

    await grid.typeInto(0, PHOTO, 'https://img.example/tomato.png');
    await expect(grid.cell(0, PHOTO).locator('img')).toHaveAttribute('src', 'https://img.example/tomato.png');
    await grid.typeInto(1, PHOTO, 'tomato.png');
    await expect(grid.grid.getByRole('alert')).toHaveText('Expected an http(s) image URL');
    await page.keyboard.press('Escape');

    // Pasted: several addresses into one images cell; a row with a bad value keeps its good ones.
    await grid.select(0, GALLERY);
    await grid.paste('https://img.example/seagreen.png, https://img.example/steelblue.png');
    await expect(grid.cell(0, GALLERY).locator('img')).toHaveCount(2);
    await grid.select(2, PHONE);
    await grid.paste('+44 20 7946 0958\tnot json\thttps://img.example/gold.png\tftp://img.example/x.png');
    await expect(grid.notice).toContainText('Data: “not json” — Not valid JSON');
    await expect(grid.notice).toContainText(
      'Gallery: “ftp://img.example/x.png” — Expected http(s) image URLs, separated by commas',
    );
    await expect(grid.cell(2, PHONE)).toHaveText('+44 20 7946 0958');
    await expect(grid.cell(2, PHOTO).locator('img')).toHaveCount(1);
    await grid.notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => loadedImages(page, '.grid-cell__thumb')).toEqual([true, true, true, true]);
    expect((await api.rows(id)).map((row) => row.data)).toEqual([
      {
        name: 'Ann',
        phone: '+1 555 123 4567',
        data: { tier: 'gold', seats: [1, 2] },
        photo: 'https://img.example/tomato.png',
        gallery: ['https://img.example/seagreen.png', 'https://img.example/steelblue.png'],
        notes: null,
      },
      { name: 'Ben', phone: null, data: 'gold', photo: null, gallery: null, notes: null },
      {
        name: 'Cleo',
        phone: '+44 20 7946 0958',
        data: null,
        photo: 'https://img.example/gold.png',
        gallery: null,
        notes: null,
      },
    ]);

    // The row panel: Markdown rendered under its source, images larger, JSON as indented text.
    await grid.row(0).getByRole('button', { name: 'Open row 1' }).click();
    const form = app.sidePanel.getByRole('form', { name: 'Edit row' });
    await expect(form.getByLabel('Data', { exact: true })).toHaveValue(
      '{\n  "tier": "gold",\n  "seats": [\n    1,\n    2\n  ]\n}',
    );
    await form.getByLabel('Notes', { exact: true }).fill(NOTES_TEXT);
    const preview = form.getByRole('region', { name: 'Markdown preview' });
    await expect(preview.getByRole('heading', { name: 'Plan' })).toBeVisible();
    await expect(preview.getByRole('link', { name: 'the docs' })).toHaveAttribute(
      'href',
      'https://example.com/docs',
    );
    await expect(preview.getByRole('listitem')).toHaveText(['call the buyer', 'send v2']);
    // Not JSON in the JSON field: refused at the field before anything is sent.
    await form.getByLabel('Data', { exact: true }).fill('{tier: gold}');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByLabel('Data', { exact: true })).toHaveAccessibleDescription(
      'Not valid JSON (text needs its quotes: "hello")',
    );
    await form.getByLabel('Data', { exact: true }).fill('{"tier": "platinum"}');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('status')).toContainText('Saved');
    await expect(grid.cell(0, DATA)).toHaveText('{…} 1 key: tier');
    await expect(form.locator('.field-images img')).toHaveCount(3);
    await expect.poll(() => loadedImages(page, '.field-images img')).toEqual([true, true, true]);
    // Scrolled to the end: the Markdown preview sits above the sticky Save bar.
    await preview.hover();
    await page.mouse.wheel(0, 2000);
    await expect(preview).toBeInViewport();
    await page.screenshot({ path: 'docs/screenshots/column-types-row-panel.png' });
    await app.sidePanel.getByRole('button', { name: 'Close row panel' }).click();

    // The grid shows the Markdown as one plain line; expanded, it is rendered.
    await expect(grid.cell(0, NOTES)).toContainText('Plan Ship fast and read the docs.');
    await grid.cell(0, NOTES).hover();
    await grid.cell(0, NOTES).getByRole('button', { name: 'Show full text' }).click();
    const full = page.getByRole('dialog', { name: 'Full text' });
    await expect(full.getByRole('heading', { name: 'Plan' })).toBeVisible();
    await expect(full.locator('strong')).toHaveText('fast');
    await page.screenshot({ path: 'docs/screenshots/column-types-markdown-detail.png' });
    await page.keyboard.press('Escape');
    await expect(full).toBeHidden();

    // Hovering a thumbnail shows it larger, over the grid (not clipped by its cell).
    await grid.cell(0, GALLERY).locator('img').last().hover();
    const enlarged = page.locator('.grid-thumb-preview img');
    await expect(enlarged).toHaveAttribute('src', 'https://img.example/steelblue.png');
    await expect.poll(async () => (await enlarged.boundingBox())?.height ?? 0).toBeGreaterThan(100);
    await page.screenshot({ path: 'docs/screenshots/column-types-hover.png' });
    await page.mouse.move(0, 0);
    await expect(enlarged).toBeHidden();
    await page.locator('.grid-root').screenshot({ path: 'docs/screenshots/column-types-grid.png' });
  });

  test('filtered, sorted, exported as CSV and imported back as the same types and values', async ({
    page,
    request,
  }) => {
    await serveImages(page);
    const api = new TablesApi(request);
    const rows = [
      {
        name: 'Ann',
        phone: '+1 555 123 4567',
        data: { tier: 'gold', seats: 3 },
        photo: 'https://img.example/tomato.png',
        gallery: ['https://img.example/seagreen.png', 'https://img.example/steelblue.png'],
        notes: NOTES_TEXT,
      },
      {
        name: 'Ben',
        phone: '(020) 7946-0958 x12',
        data: [1, 2, 3],
        photo: null,
        gallery: ['https://img.example/gold.png'],
        notes: 'Met at the **fair**',
      },
      { name: 'Cleo', phone: null, data: { tier: 'silver' }, photo: null, gallery: null, notes: null },
    ];
    const { id } = await api.createTable(
      'Contacts',
      [
        { name: 'name', displayName: 'Name', dataType: 'text' },
        { name: 'phone', displayName: 'Phone', dataType: 'phone' },
        { name: 'data', displayName: 'Data', dataType: 'json' },
        { name: 'photo', displayName: 'Photo', dataType: 'image' },
        { name: 'gallery', displayName: 'Gallery', dataType: 'images' },
        { name: 'notes', displayName: 'Notes', dataType: 'markdown' },
      ],
      rows,
    );
    const app = new TablesPage(page);
    await app.openTable(id, 'Contacts');
    await expect(app.rowCount).toHaveText('3 rows');

    // Filters start on "contains" for these types: a part of a number, a key or value, a word.
    await app.toolbarButton('Filter').click();
    const filters = page.getByRole('dialog', { name: 'Filters' });
    await filters.getByRole('button', { name: 'Add filter' }).click();
    const column = filters.getByLabel('Filter 1 column');
    const operator = filters.getByLabel('Filter 1 operator');
    const value = filters.getByLabel('Filter 1 value');
    const expectFilter = async (label: string, text: string, count: string) => {
      await column.selectOption({ label });
      await expect(operator).toHaveValue('contains');
      await value.fill(text);
      await expect(app.rowCount).toHaveText(count);
    };
    await expectFilter('Phone', '7946', '1 of 3 rows');
    await expectFilter('Data', 'tier', '2 of 3 rows');
    await expectFilter('Notes', 'fair', '1 of 3 rows');
    await expectFilter('Gallery', 'https://img.example/gold.png', '1 of 3 rows');
    // A list has no order: greater/less than are not offered for images.
    await expect(operator.locator('option[value="gt"]')).toBeDisabled();
    await operator.selectOption('is_not_empty');
    await expect(app.rowCount).toHaveText('2 of 3 rows');
    await filters.getByRole('button', { name: 'Remove filter 1' }).click();
    await expect(app.rowCount).toHaveText('3 rows');
    await page.keyboard.press('Escape');

    await app.toolbarButton('Sort').click();
    const sorts = page.getByRole('dialog', { name: 'Sort' });
    await sorts.getByRole('button', { name: 'Add sort' }).click();
    await sorts.getByLabel('Sort 1 column').selectOption({ label: 'Phone' });
    const grid = new GridPage(page);
    await expect(grid.row(0)).toContainText('Ben'); // "(020…" before "+1…"; empty last
    await expect(grid.row(2)).toContainText('Cleo');
    await sorts.getByLabel('Sort 1 direction').selectOption('desc');
    await expect(grid.row(0)).toContainText('Ann');
    await sorts.getByLabel('Sort 1 column').selectOption({ label: 'Data' });
    await sorts.getByLabel('Sort 1 direction').selectOption('asc');
    // JSON sorts by its text: an array's "[" before an object's "{", then the objects' text.
    await expect(grid.row(0)).toContainText('Ben');
    await expect(grid.row(1)).toContainText('Ann');
    await expect(grid.row(2)).toContainText('Cleo');
    await sorts.getByRole('button', { name: 'Remove sort 1' }).click();
    await page.keyboard.press('Escape');

    await app.toolbarButton('Export').click();
    const menu = page.getByRole('dialog', { name: 'Export' });
    await menu.getByLabel('CSV').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('link', { name: 'Download' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.split('\n');
    expect(lines[0]).toBe('\uFEFFname,phone,data,photo,gallery,notes');
    // A leading + is quoted against spreadsheet formulas; JSON keeps its quotes; a list is "a, b".
    expect(lines[1]).toBe(
      `Ann,'+1 555 123 4567,"{""tier"": ""gold"", ""seats"": 3}",https://img.example/tomato.png,"https://img.example/seagreen.png, https://img.example/steelblue.png","# Plan`,
    );
    expect(csv).toContain(
      'Ben,(020) 7946-0958 x12,"[1, 2, 3]",,https://img.example/gold.png,Met at the **fair**',
    );

    await app.goto();
    await page.getByRole('main').getByRole('button', { name: 'Import a file' }).click();
    const wizard = new ImportWizard(page);
    await wizard.chooseFile('contacts.csv', csv);
    // Inferred from the values; Markdown never is (any text could be), so it is chosen here.
    await expect(wizard.dialog.getByLabel('Type for phone')).toHaveValue('phone');
    await expect(wizard.dialog.getByLabel('Type for data')).toHaveValue('json');
    await expect(wizard.dialog.getByLabel('Type for photo')).toHaveValue('image');
    await expect(wizard.dialog.getByLabel('Type for gallery')).toHaveValue('images');
    await expect(wizard.dialog.getByLabel('Type for notes')).toHaveValue('text');
    await wizard.retype('notes', 'Long text (Markdown)');
    await wizard.dialog.getByLabel('Table name').fill('Contacts again');
    await wizard.dialog.screenshot({ path: 'docs/screenshots/column-types-import.png' });
    await expect(await wizard.importRows()).toHaveText('Import finished. 3 rows imported.');
    await wizard.dialog.getByRole('button', { name: 'Open the table' }).click();
    await expect(app.heading).toHaveText('Contacts again');
    const copyId = page.url().split('/').pop() ?? '';
    expect((await api.rows(copyId)).map((row) => row.data)).toEqual(rows);
  });
});
