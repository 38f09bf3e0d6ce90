import { describe, expect, it } from 'vitest';
import type { ExtractEstimate, ExtractRow, ExtractTable } from '../../src/contract/extract.ts';
import { fakeCalls, testModel } from '../support/ai.ts';
import { call } from '../support/api.ts';
import { extractClient, PRODUCT_COLUMNS, productLines, productPdf } from '../support/extract.ts';

const client = extractClient();

/** What the app asks of the extraction API besides Lasso's: an estimate, a table's extraction, one row. */
describe('extraction tables as the app uses them', () => {
  it('estimates pages, chunks, calls and tokens before anything is created, calling no model', async () => {
    const model = testModel('estimate');
    const pdf = await client.files.upload(await productPdf(3, 10), 'catalog.pdf');
    const estimate = await call<ExtractEstimate>('POST', '/v1/tables/estimate', {
      columns: PRODUCT_COLUMNS,
      file_ids: [pdf.id],
      model,
    });
    expect(estimate.status, JSON.stringify(estimate.body)).toBe(200);
    expect(estimate.body).toMatchObject({
      files: [{ name: 'catalog.pdf', pages: 3 }],
      pages: 3,
      chunks: 1,
      calls: 1,
      model,
      error: null,
    });
    // The prompt holds the ~1,500 characters read plus the instructions and the answer's schema.
    expect(estimate.body.tokens_in).toBeGreaterThan(400);
    expect(estimate.body.tokens_out).toBeGreaterThan(100);

    // ~25,000 characters of pasted text: four chunks of at most 8,000 with overlap, so four calls.
    const longer = await call<ExtractEstimate>('POST', '/v1/tables/estimate', {
      columns: PRODUCT_COLUMNS,
      source_text: productLines(600).join('\n'),
      model,
    });
    expect(longer.body).toMatchObject({ pages: 0, chunks: 4, calls: 4, files: [] });
    expect(longer.body.tokens_in).toBeGreaterThan(4 * estimate.body.tokens_in);
    expect(await fakeCalls(model)).toHaveLength(0);
  });

  it('says why an estimate finds nothing to extract, and refuses two sources with 422', async () => {
    const empty = await call<ExtractEstimate>('POST', '/v1/tables/estimate', {
      columns: PRODUCT_COLUMNS,
      source_text: '   \n\n  ',
    });
    expect(empty.body).toMatchObject({
      chunks: 0,
      calls: 0,
      error: 'The sources hold no text to extract from',
    });
    const two = await call('POST', '/v1/tables/estimate', {
      columns: PRODUCT_COLUMNS,
      source_text: 'x',
      file_urls: ['https://example.com/a.html'],
    });
    expect(two.status).toBe(422);
  });

  it("finds a table's extraction by the table id, and one row with the excerpt it was read from", async () => {
    const { id: schema_id } = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    const created = await client.tables.create({
      schema_id,
      name: 'Catalogue',
      model: testModel('rows'),
      source_text: productLines(4).join('\n'),
    });
    const listed = await call<{ data: ExtractTable[] }>('GET', `/v1/tables?table_id=${created.table_id}`);
    expect(listed.body.data.map((table) => table.id)).toEqual([created.id]);
    expect(
      (await call<{ data: ExtractTable[] }>('GET', `/v1/tables?table_id=${crypto.randomUUID()}`)).body.data,
    ).toEqual([]);

    await client.tables.waitForCompletion(created.id, { intervalMs: 100, timeoutMs: 30_000 });
    const [, second] = (await client.rows.list(created.id, { limit: 10 })).data;
    const row = await call<ExtractRow>('GET', `/v1/tables/${created.id}/rows/${second?.id}`);
    expect(row.body).toMatchObject({
      id: second?.id,
      row_index: 1,
      data: { name: 'Item 2', price: 2.5, in_stock: true },
      source: { origin: 'pasted text', excerpt: productLines(4)[1] },
    });
    expect((await call('GET', `/v1/tables/${created.id}/rows/${crypto.randomUUID()}`)).status).toBe(404);
  });
});
