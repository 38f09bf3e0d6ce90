import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { fakeCalls, fakeRules, testModel } from '../support/ai.ts';
import { extractClient, ownStore, PRODUCT_COLUMNS, productLines, scannedPdf } from '../support/extract.ts';
import { startServer } from '../support/server-process.ts';

/** A "photo" of a price list: a PNG signature, then the lines the fake provider's vision reads. */
const priceListImage = (): Uint8Array =>
  new Uint8Array(
    Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from(productLines(3).join('\n'))]),
  );

describe('images in an extraction', () => {
  it('are read by the vision model when one is configured, one row per item shown', {
    timeout: 120_000,
  }, async () => {
    const store = await ownStore();
    onTestFinished(() => store.drop());
    const vision = testModel('vision');
    const server = await startServer({ ...store.env, ...inject('aiEnv'), AI_TABLES_VISION_MODEL: vision });
    onTestFinished(() => void server.stop());
    const client = extractClient(server.baseUrl);
    const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    const file = await client.files.upload(priceListImage(), 'price-list.png');
    const text = testModel('text');
    const created = await client.tables.create({
      schema_id: schema.id,
      name: 'Photo',
      model: text,
      file_ids: [file.id],
    });
    const done = await client.tables.waitForCompletion(created.id, { intervalMs: 100, timeoutMs: 30_000 });
    expect(done).toMatchObject({ status: 'completed', total_rows: 3, error_message: null });
    expect(done.files[0]?.error).toBeUndefined();
    const rows = await client.rows.list(created.id, { limit: 10 });
    expect(rows.data.map((row) => row.data.name)).toEqual(['Item 1', 'Item 2', 'Item 3']);
    expect(rows.data[1]?.data.price).toBe(2.5);
    // The image went to the vision model as an image, not to the job's text model.
    const calls = await fakeCalls(vision);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.prompt).toContain('[image]');
    expect(await fakeCalls(text)).toHaveLength(0);
  });

  it('fail with the reason when no vision model is configured', async () => {
    const client = extractClient();
    const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    const file = await client.files.upload(priceListImage(), 'price-list.png');
    const created = await client.tables.create({
      schema_id: schema.id,
      name: 'Photo',
      model: testModel('no-vision'),
      file_ids: [file.id],
    });
    const done = await client.tables.waitForCompletion(created.id, { intervalMs: 100, timeoutMs: 30_000 });
    expect(done.status).toBe('failed');
    expect(done.files[0]?.error).toMatch(
      /read by a vision model, and none is configured: set AI_TABLES_VISION_MODEL/,
    );
    expect(done.error_message).toContain('AI_TABLES_VISION_MODEL');
  });

  it('read a scanned PDF page through the vision model, beside the pages with text', {
    timeout: 120_000,
  }, async () => {
    const store = await ownStore();
    onTestFinished(() => store.drop());
    const vision = testModel('vision-page');
    await fakeRules([
      {
        model: vision,
        reply: {
          items: [{ name: 'Scanned Lamp', price: 12, in_stock: true, source_excerpt: 'Scanned Lamp' }],
        },
      },
    ]);
    const server = await startServer({ ...store.env, ...inject('aiEnv'), AI_TABLES_VISION_MODEL: vision });
    onTestFinished(() => void server.stop());
    const client = extractClient(server.baseUrl);
    const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    const pdf = await scannedPdf(productLines(2), ['Name: Scanned Lamp; Price: 12; In stock: yes']);
    const file = await client.files.upload(pdf, 'half-scanned.pdf');
    const text = testModel('text-pages');
    const created = await client.tables.create({
      schema_id: schema.id,
      name: 'Half scanned',
      model: text,
      file_ids: [file.id],
    });
    const done = await client.tables.waitForCompletion(created.id, { intervalMs: 100, timeoutMs: 60_000 });
    expect(done).toMatchObject({ status: 'completed', total_rows: 3, error_message: null });
    expect(done.files[0]).toMatchObject({ pages: 2 });
    expect(done.files[0]?.skipped_pages).toBeUndefined();
    const rows = await client.rows.list(created.id, { limit: 10 });
    expect(rows.data.map((row) => row.data.name)).toEqual(['Item 1', 'Item 2', 'Scanned Lamp']);
    expect(rows.data[2]?.source.origin).toBe('half-scanned.pdf p. 2');
    // The page went to the vision model as a PNG drawn from the PDF; the text page to the text model.
    const calls = await fakeCalls(vision);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.images).toHaveLength(1);
    expect(calls[0]?.images[0]).toMatch(/^data:image\/png;base64,/);
    expect(Buffer.from(calls[0]?.images[0]?.split(',')[1] ?? '', 'base64').length).toBeGreaterThan(5_000);
    expect((await fakeCalls(text)).map((call) => call.images)).toEqual([[]]);
  });

  it('skip a scanned PDF page, saying why, when no vision model is configured', async () => {
    const client = extractClient();
    const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    const pdf = await scannedPdf(productLines(2), ['Name: Scanned Lamp; Price: 12; In stock: yes']);
    const file = await client.files.upload(pdf, 'half-scanned.pdf');
    const created = await client.tables.create({
      schema_id: schema.id,
      name: 'Half scanned',
      model: testModel('no-vision-pages'),
      file_ids: [file.id],
    });
    const done = await client.tables.waitForCompletion(created.id, { intervalMs: 100, timeoutMs: 30_000 });
    expect(done).toMatchObject({ status: 'completed', total_rows: 2 });
    expect(done.files[0]).toMatchObject({ pages: 2, skipped_pages: [2] });
    expect(done.files[0]?.skipped_reason).toMatch(
      /vision model, and none is configured: set AI_TABLES_VISION_MODEL/,
    );
  });
});
