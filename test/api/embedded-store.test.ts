import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { call } from '../support/api.ts';
import { startServer, tempDataDir } from '../support/server-process.ts';

const START = { startTimeoutMs: 300_000 };

/** The pid a PostgreSQL cluster's lock file names, if the file is there. */
const postmasterOf = (dataDir: string): number | undefined => {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
};
const alive = (pid: number) =>
  existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

describe('the default embedded store', () => {
  it('is a PostgreSQL the server runs in DATA_DIR/postgres, which does not outlive a killed server', {
    timeout: 600_000,
  }, async ({ skip }) => {
    if (inject('engine') !== 'embedded' || process.platform !== 'linux') skip();
    const dataDir = tempDataDir();
    const server = await startServer({ DATA_DIR: dataDir }, START);
    onTestFinished(() => void server.stop('SIGKILL'));
    expect(
      (await call<{ engine: string }>('GET', '/health', undefined, {}, server.baseUrl)).body.engine,
    ).toBe('postgres');
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    const postmaster = postmasterOf(dataDir) as number;
    expect(alive(postmaster)).toBe(true);

    await server.stop('SIGKILL');
    // The parent-death signal ends it with the server, so the next start finds the store free.
    for (let i = 0; i < 100 && alive(postmaster); i++) await new Promise((done) => setTimeout(done, 100));
    expect(alive(postmaster)).toBe(false);
    const again = await startServer({ DATA_DIR: dataDir }, START);
    onTestFinished(() => void again.stop());
    expect((await call('GET', '/tables', undefined, {}, again.baseUrl)).status).toBe(200);
  });

  it('leaves a DATA_DIR that holds a PGlite store on PGlite, and says so', { timeout: 600_000 }, async ({
    skip,
  }) => {
    if (inject('engine') !== 'embedded') skip();
    const dataDir = tempDataDir();
    const before = await startServer({ DATA_DIR: dataDir, EMBEDDED_STORE: 'pglite' }, START);
    await call(
      'POST',
      '/tables',
      { name: 'Kept', columns: [{ name: 'a', dataType: 'text' }] },
      {},
      before.baseUrl,
    );
    await before.stop();

    const after = await startServer({ DATA_DIR: dataDir }, START);
    onTestFinished(() => void after.stop());
    expect((await call<{ engine: string }>('GET', '/health', undefined, {}, after.baseUrl)).body.engine).toBe(
      'pglite',
    );
    const tables = await call<Array<{ name: string }>>('GET', '/tables', undefined, {}, after.baseUrl);
    expect(tables.body.map((table) => table.name)).toContain('Kept');
    expect(after.output()).toContain('DATA_DIR holds a PGlite store: keeping PGlite for it');
    expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
  });
});
