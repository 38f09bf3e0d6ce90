import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { ExtractDialog, type FieldSpec } from './pages/extract-dialog.ts';
import { TablesPage } from './pages/tables-page.ts';
import { scriptProvider } from './support/fake-provider.ts';

// The fake provider reads each line "Name: …; Price: …; In stock: …" of a document as one item.
const PRODUCT_FIELDS: FieldSpec[] = [
  { label: 'Name', required: true, description: 'The product name as printed' },
  { label: 'Price', type: 'Number', description: 'Unit price in euros' },
  { label: 'In stock', type: 'Yes / no' },
];

const lines = (prefix: string, count: number) =>
  Array.from(
    { length: count },
    (_, n) => `Name: ${prefix} ${n + 1}; Price: ${n + 10}.5; In stock: ${n % 2 ? 'yes' : 'no'}`,
  );

/** A PDF with a text layer: one product per line, two pages. */
async function catalogPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const all = lines('Drill', 6);
  for (let page = 0; page < 2; page++) {
    const sheet = pdf.addPage([595, 842]);
    for (const [n, line] of all.slice(page * 3, page * 3 + 3).entries())
      sheet.drawText(line, { x: 40, y: 800 - n * 16, size: 11, font });
  }
  return Buffer.from(await pdf.save());
}

const catalogHtml = `<!doctype html><html><head><title>Garden catalogue</title></head><body>
<nav><ul><li><a href="/">Name: Home link; Price: 1</a></li></ul></nav>
<main><article><h1>Garden tools</h1>
${lines('Rake', 3)
  .map(
    (line) => `<p>${line}</p><p>Sturdy, made to last, and described here at some length for the reader.</p>`,
  )
  .join('\n')}
</article></main><footer><p>Name: Footer note; Price: 2</p></footer></body></html>`;

/** Screenshots for docs/screenshots, taken when SCREENSHOTS=1. */
const shot = async (page: Page, name: string) => {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png` });
};

test.use({ viewport: { width: 1440, height: 860 } });

test.describe('new table from documents', () => {
  test('extracts pasted text into a table, and a row shows the text its values came from', async ({
    page,
  }) => {
    const app = new TablesPage(page);
    await app.goto();
    const extract = new ExtractDialog(page);
    await extract.open();
    await extract.defineFields('Hardware', PRODUCT_FIELDS);
    await shot(page, 'extract-fields');
    await extract.next();

    await extract.sourceKind('Pasted text');
    await extract.dialog
      .getByLabel('Text to extract from')
      .fill(
        [
          'Our spring offer:',
          ...lines('Hammer', 3),
          'Name: Hammer 4; Price: ask us; In stock: yes',
          'Prices include VAT.',
        ].join('\n'),
      );
    await extract.next();
    await expect(extract.figure('Model calls')).toHaveText('1');
    await expect(extract.figure('Parts')).toHaveText('1');
    await expect(extract.figure('Cost')).toHaveText('not known');
    await expect(extract.dialog).toContainText('one model call each to fake-default');
    await extract.start();

    await expect(app.heading).toHaveText('Hardware');
    await expect(app.rowCount).toHaveText('4 rows', { timeout: 20_000 });
    await expect(app.grid.getByRole('gridcell', { name: 'Hammer 2', exact: true })).toBeVisible();
    await expect(app.grid.getByRole('gridcell', { name: '11.5', exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Open row 2' }).click({ force: true });
    const source = app.sidePanel.getByRole('region', { name: 'Source' });
    await expect(source.getByRole('heading')).toHaveText('Extracted from pasted text');
    await expect(source.locator('blockquote')).toHaveText(lines('Hammer', 3)[1] ?? '');
    await shot(page, 'extract-row-source');

    // A value that does not fit its column: the cell stays empty, the panel shows it as written.
    await page.getByRole('button', { name: 'Open row 4' }).click({ force: true });
    await expect(source.getByRole('list', { name: 'Values that did not fit' })).toContainText(
      'Price: “ask us”',
    );
  });

  test('reads a PDF, a web page and a text file dropped together, with an estimate of their pages', async ({
    page,
    request,
  }) => {
    // The fields come from the columns of a table that exists.
    const seed = await request.post('/api/tables', {
      data: {
        name: 'Tool list',
        columns: [
          { name: 'name', displayName: 'Name', dataType: 'text', required: true },
          { name: 'price', displayName: 'Price', dataType: 'number' },
          { name: 'in_stock', displayName: 'In stock', dataType: 'boolean' },
          { name: 'total', displayName: 'Total', dataType: 'computed', config: { formula: 'price * 2' } },
        ],
      },
    });
    expect(seed.status()).toBe(201);
    const app = new TablesPage(page);
    await app.goto();
    const extract = new ExtractDialog(page);
    await extract.open();
    await extract.dialog.getByLabel('Table name').fill('Tools');
    await extract.dialog.getByLabel('Start from the columns of a table').selectOption({ label: 'Tool list' });
    await expect(extract.dialog.getByLabel('Field 3 name')).toHaveValue('In stock');
    await expect(extract.dialog.getByLabel('Field 3 type')).toHaveValue('boolean');
    await expect(extract.dialog.getByLabel('Field 1 required')).toBeChecked();
    // A computed column is worked out, not read: it is left out.
    await expect(extract.dialog.getByLabel('Field 4 name')).toHaveCount(0);
    await extract.next();
    await extract.dropFiles([
      { name: 'catalog.pdf', mimeType: 'application/pdf', buffer: await catalogPdf() },
      { name: 'garden.html', mimeType: 'text/html', buffer: Buffer.from(catalogHtml) },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(lines('Saw', 2).join('\n')) },
    ]);
    await shot(page, 'extract-documents');
    await extract.next();
    await expect(extract.figure('Pages')).toHaveText('2');
    await expect(extract.figure('Model calls')).toHaveText('1');
    await shot(page, 'extract-estimate');
    await extract.start();

    await expect(app.heading).toHaveText('Tools');
    await expect(app.rowCount).toHaveText('11 rows', { timeout: 20_000 });
    for (const name of ['Drill 6', 'Rake 3', 'Saw 2'])
      await expect(app.grid.getByRole('gridcell', { name, exact: true })).toBeVisible();
    // The page's navigation and footer are not read.
    await expect(app.grid.getByRole('gridcell', { name: 'Home link' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Open row 6' }).click({ force: true });
    await expect(app.sidePanel.getByRole('region', { name: 'Source' }).getByRole('heading')).toHaveText(
      'Extracted from catalog.pdf p. 2',
    );
  });

  test('reads web pages by their addresses, and names the address that could not be read', async ({
    page,
  }) => {
    // A page served here; the server may fetch 127.0.0.1 because the e2e config allows it (OUTBOUND_ALLOW).
    const site = createServer((request, response) => {
      if (request.url === '/garden.html')
        response.writeHead(200, { 'content-type': 'text/html' }).end(catalogHtml);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    try {
      const app = new TablesPage(page);
      await app.goto();
      const extract = new ExtractDialog(page);
      await extract.open();
      await extract.defineFields('Garden', PRODUCT_FIELDS);
      await extract.next();
      await extract.sourceKind('Web addresses');
      // Pasted as people paste them: blank lines, brackets from an email, a repeat, a line of words.
      await extract.dialog
        .getByLabel('Web addresses, one per line')
        .fill(
          `\n  <${origin}/garden.html>,\n\nsee the attached list\n${origin}/gone.html\n${origin}/garden.html\n`,
        );
      await expect(extract.dialog.getByRole('status')).toHaveText(
        'Left out, not web addresses: “see the attached list”',
      );
      await extract.next();
      await expect(extract.figure('Model calls')).toHaveText('1');
      await expect(extract.dialog.getByRole('list', { name: 'Problems with the documents' })).toContainText(
        `${origin}/gone.html:`,
      );
      await extract.start();
      await expect(app.rowCount).toHaveText('3 rows', { timeout: 20_000 });
      await expect(app.grid.getByRole('gridcell', { name: 'Rake 3', exact: true })).toBeVisible();
      // The page that could not be read is named above the grid once the rest is extracted.
      await expect(page.getByRole('status').filter({ hasText: 'Extracted 3 rows, but' })).toContainText(
        'gone.html',
      );
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });

  test('as a careful user: Next says what is missing, focus follows the work, Escape keeps the draft, mistyped and unreachable addresses are explained', async ({
    page,
  }) => {
    const app = new TablesPage(page);
    await app.goto();
    const extract = new ExtractDialog(page);
    await extract.open();
    const { dialog } = extract;
    // The first thing to fill in has focus, not the dialog's Close button.
    await expect(dialog.getByLabel('Table name')).toBeFocused();
    // Next with nothing written says what is missing and goes there.
    await extract.next();
    await expect(dialog.getByRole('alert')).toHaveText('Name the table');
    await expect(dialog.getByLabel('Table name')).toBeFocused();
    await page.keyboard.type('Price list');
    await extract.next();
    await expect(dialog.getByRole('alert')).toHaveText('Every field needs a name');
    await expect(dialog.getByLabel('Field 1 name')).toBeFocused();
    await page.keyboard.type('Name');
    // Adding a field puts the cursor in its name; removing one moves it to the field that took its place.
    await dialog.getByRole('button', { name: 'Add a field' }).click();
    await expect(dialog.getByLabel('Field 2 name')).toBeFocused();
    await page.keyboard.type('Price');
    await dialog.getByLabel('Field 2 type').selectOption({ label: 'Number' });
    await dialog.getByRole('button', { name: 'Add a field' }).click();
    await page.keyboard.type('Colour');
    await dialog.getByRole('button', { name: 'Remove field 2' }).click();
    await expect(dialog.getByLabel('Field 2 name')).toHaveValue('Colour');
    await expect(dialog.getByLabel('Field 2 name')).toBeFocused();
    await dialog.getByRole('button', { name: 'Remove field 2' }).click();
    await dialog.getByRole('button', { name: 'Add a field' }).click();
    await page.keyboard.type('Price');
    await dialog.getByLabel('Field 2 type').selectOption({ label: 'Number' });
    await expect(dialog.getByRole('alert')).toHaveCount(0);

    // Tab goes through the step in reading order, ending on Next.
    await dialog.getByLabel('Table name').focus();
    const order: string[] = [];
    for (let step = 0; step < 13; step++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
        }),
      );
    }
    expect(order).toEqual([
      'Start from the columns of a table',
      'Field 1 name',
      'Field 1 type',
      'Field 1 required',
      'Remove field 1',
      'Field 1 description',
      'Field 2 name',
      'Field 2 type',
      'Field 2 required',
      'Remove field 2',
      'Field 2 description',
      'Add a field',
      'Next: documents',
    ]);
    await extract.next();
    // The documents step starts on the kind of source; arrows choose another.
    await expect(dialog.getByRole('radio', { name: 'Files' })).toBeFocused();
    await extract.next();
    await expect(dialog.getByRole('alert')).toHaveText('Drop or choose at least one document');
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('radio', { name: 'Web addresses' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Web addresses, one per line')).toBeFocused();
    await page.keyboard.type(
      'htps://shop.example.com/prices\nhttp://127.0.0.1:9/prices.html\nhttps://shop.exmaple.invalid/list',
    );
    await expect(dialog.getByRole('status')).toHaveText(
      'Left out, not web addresses: “htps://shop.example.com/prices” (did you mean https://shop.example.com/prices?)',
    );
    await shot(page, 'extract-addresses');

    // Escape closes the dialog; opening it again finds everything as it was.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await extract.open();
    await expect(dialog.getByText('Your draft is as you left it.')).toBeVisible();
    await expect(dialog.getByLabel('Web addresses, one per line')).toHaveValue(/htps:\/\/shop\.example\.com/);
    await dialog.getByRole('button', { name: 'Back to fields' }).click();
    await expect(dialog.getByLabel('Table name')).toHaveValue('Price list');
    await expect(dialog.getByLabel('Field 2 type')).toHaveValue('number');
    await extract.next();

    // The estimate names each address that could not be read, in words, and says it once.
    await extract.next();
    await expect(dialog.getByRole('region', { name: 'Estimate' })).toBeFocused();
    const problems = dialog.getByRole('list', { name: 'Problems with the documents' });
    await expect(problems).toContainText(
      'http://127.0.0.1:9/prices.html: 127.0.0.1:9: nothing answers at this address (connection refused)',
      { timeout: 20_000 },
    );
    await expect(problems).toContainText(
      'shop.exmaple.invalid is not a site that exists: check the spelling',
    );
    await expect(dialog.getByRole('alert')).toHaveText(
      'Nothing could be read from these documents: go back to correct them.',
    );
    await expect(dialog.getByRole('button', { name: 'Start extraction' })).toBeDisabled();
    await shot(page, 'extract-unreadable');

    // Start over forgets the draft.
    await dialog.getByRole('button', { name: 'Start over' }).click();
    await expect(dialog.getByLabel('Table name')).toHaveValue('');
    await expect(dialog.getByLabel('Table name')).toBeFocused();
    await page.keyboard.press('Escape');
    await extract.open();
    await expect(dialog.getByText('Your draft is as you left it.')).toHaveCount(0);
  });

  test('shows progress while the server extracts, and goes on when the tab is closed', async ({
    page,
    context,
    request,
  }) => {
    // Each part takes 2.5 s at the provider: long enough to see the job running and to leave it.
    await scriptProvider(request, [{ match: 'Slowpoke', delayMs: 2_500 }]);
    const app = new TablesPage(page);
    await app.goto();
    const extract = new ExtractDialog(page);
    await extract.open();
    await extract.defineFields('Slow catalogue', PRODUCT_FIELDS);
    await extract.next();
    await extract.sourceKind('Pasted text');
    await extract.dialog.getByLabel('Text to extract from').fill(lines('Slowpoke', 4).join('\n'));
    await extract.next();
    await expect(extract.figure('Model calls')).toHaveText('1');
    await extract.start();

    const progress = page.getByRole('progressbar', { name: 'Extracting' });
    await expect(progress).toContainText('Extracting from the pasted text');
    await shot(page, 'extract-progress');
    const tableUrl = page.url();
    await page.close();

    const again = await context.newPage();
    const reopened = new TablesPage(again);
    await reopened.goto(new URL(tableUrl).pathname);
    await expect(reopened.rowCount).toHaveText('4 rows', { timeout: 20_000 });
    await expect(again.getByRole('progressbar', { name: 'Extracting' })).toHaveCount(0);
  });
});
