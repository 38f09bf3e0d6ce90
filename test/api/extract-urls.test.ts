import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { testModel } from '../support/ai.ts';
import { extractClient, ownStore, PRODUCT_COLUMNS, productLines } from '../support/extract.ts';
import { startServer } from '../support/server-process.ts';

const LIMIT = 64 * 1024;

/**
 * A site with a small price list (/list.txt), a file that says it is 50 MB (/declared.pdf) and one
 * that never ends and says nothing of its size (/endless.pdf); it counts the bytes each one sent.
 */
async function serveFiles() {
  const sent = { declared: 0, endless: 0 };
  const block = Buffer.alloc(16 * 1024, 'x');
  const server = createServer((request, response) => {
    if (request.url === '/list.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end(productLines(4).join('\n'));
      return;
    }
    const name = request.url === '/declared.pdf' ? 'declared' : 'endless';
    response.writeHead(200, {
      'content-type': 'application/pdf',
      ...(name === 'declared' && { 'content-length': String(50 * 1024 * 1024) }),
    });
    // Writes as fast as the reader takes it, until the reader goes away.
    const pump = () => {
      while (!response.destroyed && sent[name] < 200 * 1024 * 1024) {
        sent[name] += block.length;
        if (!response.write(block)) return void response.once('drain', pump);
      }
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    sent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('file_urls larger than EXTRACT_URL_MAX_BYTES', () => {
  it('fail that file with the reason, read no further than the limit, and the job goes on', {
    timeout: 120_000,
  }, async () => {
    const store = await ownStore();
    onTestFinished(() => store.drop());
    const site = await serveFiles();
    onTestFinished(() => site.close());
    const server = await startServer({
      ...store.env,
      ...inject('aiEnv'),
      EXTRACT_URL_MAX_BYTES: String(LIMIT),
      // Longer than the test waits: a download read whole would fail by its timeout, not its size.
      EXTRACT_URL_TIMEOUT_MS: '120000',
    });
    onTestFinished(() => void server.stop());
    const client = extractClient(server.baseUrl);
    const schema = await client.schemas.create({ name: 'Products', columns: PRODUCT_COLUMNS });
    const created = await client.tables.create({
      schema_id: schema.id,
      name: 'Too big',
      model: testModel('extract-urls'),
      file_urls: [`${site.base}/declared.pdf`, `${site.base}/endless.pdf`, `${site.base}/list.txt`],
    });
    const done = await client.tables.waitForCompletion(created.id, { intervalMs: 100, timeoutMs: 30_000 });
    expect(done).toMatchObject({ status: 'completed', total_rows: 4 });
    const tooLarge = `the file is larger than ${LIMIT} bytes`;
    expect(done.files.map((file) => file.error)).toEqual([
      expect.stringContaining(tooLarge),
      expect.stringContaining(tooLarge),
      undefined,
    ]);
    expect(done.error_message).toContain(tooLarge);
    // Refused on its word (Content-Length) or a little past the limit (socket buffers), not buffered
    // whole: the endless file would have sent its 200 MB.
    expect(site.sent.endless).toBeLessThan(16 * 1024 * 1024);
    expect(site.sent.declared).toBeLessThan(16 * 1024 * 1024);
  });
});
