import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshEmbeddedStore, onEmbeddedStore } from '../support/embedded-store.ts';
import { upload } from '../support/io.ts';
import { type ServerProcess, startServer } from '../support/server-process.ts';

describe('upload limits', () => {
  let server: ServerProcess;
  let dataDir: string | undefined;

  beforeAll(async () => {
    // A server of its own with small limits: on PostgreSQL it shares the suite's database, as a second
    // server may; the embedded store belongs to one process, so that one gets a fresh folder.
    const store = onEmbeddedStore() ? freshEmbeddedStore() : inject('storeEnv');
    dataDir = onEmbeddedStore() ? store.DATA_DIR : undefined;
    server = await startServer({ ...store, DOCUMENT_MAX_BYTES: '2000', XLSX_MAX_BYTES: '100' });
  });

  afterAll(async () => {
    await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a file over DOCUMENT_MAX_BYTES with 413 and keeps nothing of it', async () => {
    const ok = await upload('small.csv', `a\n${'1\n'.repeat(500)}`, server.baseUrl);
    expect(ok.status).toBe(201);
    const big = await upload('big.csv', `a\n${'1\n'.repeat(2000)}`, server.baseUrl);
    expect(big.status).toBe(413);
    expect(big.body.error).toBe('Files may be at most 2000 bytes');
    // Nothing of the refused file is left on disk: only the one that was taken.
    if (dataDir) expect(readdirSync(join(dataDir, 'documents'))).toEqual([ok.body.id]);
  });

  it('keeps XLSX files to their own, smaller limit', async () => {
    const fakeXlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(0)]);
    const response = await upload('book.xlsx', fakeXlsx, server.baseUrl);
    expect(response.status).toBe(400);
    expect(response.body.details?.[0]?.message).toMatch(
      /XLSX files are read whole into memory, so they may be at most 100 bytes/,
    );
  });

  it('asks for a multipart "file" field when there is none', async () => {
    const form = new FormData();
    form.append('other', new Blob(['a\n1\n']), 'x.csv');
    const wrongField = await fetch(`${server.baseUrl}/api/documents`, { method: 'POST', body: form });
    expect(wrongField.status).toBe(400);
    const json = await fetch(`${server.baseUrl}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { details: Array<{ message: string }> }).details[0]?.message).toMatch(
      /field named "file"/,
    );
  });
});
