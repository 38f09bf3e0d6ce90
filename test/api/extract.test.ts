import { describe, expect, it, onTestFinished } from 'vitest';
import type { Row } from '../../src/contract/rows.ts';
import { ExtractApiError } from '../../src/sdk/extract-client.ts';
import { aiColumn, aiTable, fakeCalls, fakeRules, idle, rowsOf, run, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { eventually } from '../support/eventually.ts';
import {
  docxOf,
  extractClient,
  PRODUCT_COLUMNS,
  productLines,
  productPdf,
  servePage,
} from '../support/extract.ts';

const client = extractClient();
const schema = () => client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });

/** Extracts and waits; returns the finished table and every row in document order. */
async function extract(input: Record<string, unknown>, model = testModel('extract')) {
  const { id: schema_id } = await schema();
  const created = await client.tables.create({ schema_id, name: 'Catalogue', model, ...input });
  expect(created.status).toBe('processing');
  const done = await client.tables.waitForCompletion(created.id, { intervalMs: 100, timeoutMs: 30_000 });
  const rows = [];
  for (let page = 1; ; page++) {
    const listed = await client.rows.list(created.id, { page, limit: 100 });
    rows.push(...listed.data);
    if (page >= listed.pagination.total_pages) break;
  }
  return { done, rows, model };
}

describe('extraction tables (Lasso-compatible /api/v1)', () => {
  it('extracts pasted text into typed rows of an ordinary table, each item once across a chunk boundary', async () => {
    // ~11,000 characters: two chunks of at most 8,000 with 800 characters of overlap.
    const lines = productLines(300);
    const { done, rows, model } = await extract({ source_text: lines.join('\n') });
    expect(done).toMatchObject({ status: 'completed', progress: 100, total_rows: 300, source_type: 'text' });
    expect(rows.map((row) => row.data.name)).toEqual(lines.map((_, n) => `Item ${n + 1}`));
    expect(rows[6]).toMatchObject({
      row_index: 6,
      data: { name: 'Item 7', price: 7.5, in_stock: false },
      validation_status: 'valid',
      is_edited: false,
    });
    const calls = await fakeCalls(model);
    expect(calls).toHaveLength(2);
    // The overlap: items at the end of the first chunk were read again at the start of the second.
    const [first, second] = calls.map((c) => c.prompt);
    const repeated = productLines(300).filter(
      (line) => first?.includes(`${line}\n`) && second?.includes(`${line}\n`),
    );
    expect(repeated.length).toBeGreaterThan(0);
    // The ordinary table holds the same rows, typed.
    const table = await call<Row[]>('GET', `/tables/${done.table_id}/rows?limit=500`);
    expect(table.body).toHaveLength(300);
  });

  it('keeps the raw text of a value that fails its type, with validation_status and the error', async () => {
    const { rows, done } = await extract({
      source_text: 'Name: Gadget; Price: about twelve; In stock: yes\n\nName: Widget; Price: 3',
    });
    expect(rows[0]).toMatchObject({
      data: { name: 'Gadget', price: 'about twelve', in_stock: true },
      validation_status: 'invalid',
      validation_errors: [{ column: 'price', raw: 'about twelve' }],
    });
    expect(rows[1]).toMatchObject({ data: { name: 'Widget', price: 3 }, validation_status: 'valid' });
    const table = await call<Row[]>('GET', `/tables/${done.table_id}/rows`);
    expect(table.body.find((row) => row.data.name === 'Gadget')?.data.price).toBeNull();
  });

  it('pages and sorts rows as Lasso does', async () => {
    const { done } = await extract({ source_text: productLines(30).join('\n') });
    const page = await client.rows.list(done.id, {
      page: 2,
      limit: 10,
      sort_by: 'price',
      sort_order: 'desc',
    });
    expect(page.pagination).toEqual({ page: 2, limit: 10, total: 30, total_pages: 3 });
    expect(page.data.map((row) => row.data.price)).toEqual(Array.from({ length: 10 }, (_, n) => 20.5 - n));
  });

  it('fills missing values in a second pass guided by enhancement_context', async () => {
    const model = testModel('extract-enhance');
    // The enhancement call lists rows as "Row n: {values}"; the fake answers for the first row only.
    await fakeRules([
      {
        model,
        match: 'Row 1:',
        reply: { rows: [{ row: 1, values: { name: 'Lamp', price: 99, in_stock: true } }] },
      },
    ]);
    const { done, rows } = await extract(
      {
        source_text: 'Name: Lamp\n\nName: Chair; Price: 40; In stock: yes',
        enhancement_context: 'Look the prices up',
      },
      model,
    );
    expect(done).toMatchObject({
      status: 'completed',
      total_rows: 2,
      enhancement_context: 'Look the prices up',
    });
    // Only missing values are filled: the name stays as extracted.
    expect(rows[0]).toMatchObject({
      data: { name: 'Lamp', price: 99, in_stock: true },
      enhancement_status: { price: 'enhanced', in_stock: 'enhanced' },
    });
    expect(rows[1]?.data).toEqual({ name: 'Chair', price: 40, in_stock: true });
    const prompts = (await fakeCalls(model)).map((c) => c.prompt);
    expect(prompts.filter((prompt) => prompt.startsWith('Row 1:'))).toHaveLength(1);
  });

  it('shares the provider with AI columns: cells complete while a long extraction runs', {
    timeout: 90_000,
  }, async () => {
    const extracting = testModel('extract-busy');
    const answering = testModel('cells-beside');
    await fakeRules([
      { model: extracting, delayMs: 900 },
      { model: answering, delayMs: 100, reply: { value: 'Norway' } },
    ]);
    const { id: schema_id } = await schema();
    // About 32 parts of 0.9 s (under the tests' call timeout) on the provider's 8 slots: seconds of every slot wanted.
    const job = await client.tables.create({
      schema_id,
      name: 'Busy',
      model: extracting,
      source_text: productLines(4300).join('\n'),
    });
    await eventually(async () => ((await fakeCalls(extracting)).length >= 8 ? true : undefined));
    const { table } = await aiTable(
      [
        { name: 'city', dataType: 'text' },
        aiColumn('country', answering, { prompt: 'Which country is {city} in?' }),
      ],
      Array.from({ length: 6 }, (_, n) => ({ city: `Place ${n}` })),
    );
    await run(table.id);
    await idle(table.id);
    expect((await client.tables.get(job.id)).status).toBe('processing');
    expect((await rowsOf(table.id)).map((row) => row.cells?.country?.status)).toEqual(Array(6).fill('done'));
    const done = await client.tables.waitForCompletion(job.id, { intervalMs: 200, timeoutMs: 60_000 });
    expect(done.status).toBe('completed');
  });

  it('refuses zero or two sources with 422', async () => {
    const { id: schema_id } = await schema();
    for (const sources of [{}, { source_text: 'x', file_urls: ['https://example.com/a.pdf'] }]) {
      const error = await client.tables
        .create({ schema_id, name: 'Bad', ...sources })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExtractApiError);
      expect((error as ExtractApiError).status).toBe(422);
    }
  });

  it('reads a multi-page PDF, a DOCX and a CSV uploaded as files', async () => {
    const pdf = await client.files.upload(await productPdf(5, 12), 'catalog.pdf');
    const fromPdf = await extract({ file_ids: [pdf.id] });
    expect(fromPdf.done).toMatchObject({
      status: 'completed',
      total_rows: 60,
      files: [{ name: 'catalog.pdf', pages: 5 }],
    });
    expect(fromPdf.rows[59]?.data).toEqual({ name: 'Item 60', price: 60.5, in_stock: true });
    expect(fromPdf.rows[59]?.source.origin).toContain('catalog.pdf p. 5');

    const docx = await client.files.upload(await docxOf(productLines(8, 'Doc')), 'list.docx');
    const fromDocx = await extract({ file_ids: [docx.id] });
    expect(fromDocx.rows.map((row) => row.data.name)).toEqual(productLines(8).map((_, n) => `Doc ${n + 1}`));

    const csv = 'Name,Price,In stock\nApple,1.20,yes\nPear,"1,300.5",no\n';
    const file = await client.files.upload(new TextEncoder().encode(csv), 'fruit.csv');
    const fromCsv = await extract({ file_ids: [file.id] });
    expect(fromCsv.rows.map((row) => row.data)).toEqual([
      { name: 'Apple', price: 1.2, in_stock: true },
      { name: 'Pear', price: 1300.5, in_stock: false },
    ]);
  });

  it('reads a web page by its main content, not its navigation, and fails an unreachable URL with a reason', async () => {
    const article = productLines(6, 'Web')
      .map((line) => `<p>${line}. This product is described at length for the reader of the catalogue.</p>`)
      .join('\n');
    const page = await servePage(`<!doctype html><html><head><title>Catalogue</title></head><body>
      <nav><ul><li><a href="/">Name: Home link; Price: 1</a></li><li><a href="/a">Name: About link</a></li></ul></nav>
      <main><article><h1>Our catalogue</h1>${article}</article></main>
      <footer><p>Name: Footer note; Price: 2</p></footer></body></html>`);
    onTestFinished(() => page.close());
    const fromWeb = await extract({ file_urls: [page.url] });
    expect(fromWeb.rows.map((row) => row.data.name)).toEqual(productLines(6).map((_, n) => `Web ${n + 1}`));

    const unreachable = await extract({ file_urls: ['http://127.0.0.1:9/catalog.pdf'] });
    expect(unreachable.done.status).toBe('failed');
    expect(unreachable.done.files[0]?.error).toBeTruthy();
    expect(unreachable.done.error_message).toContain('127.0.0.1:9');
  });
});
