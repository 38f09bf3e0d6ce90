import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { fakeCalls, testModel } from '../support/ai.ts';
import { extractClient, ownStore, PRODUCT_COLUMNS, productLines } from '../support/extract.ts';
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
});
