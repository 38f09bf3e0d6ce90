import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import './provided-context.ts';
import { aiEnv } from './ai-env.ts';
import { startFakeProvider } from './fake-provider/server.ts';
import { startServer, tempDataDir } from './server-process.ts';
import { copyOfStore } from './store-copy.ts';
import { makeTestRunFolder } from './test-run-folder.ts';

/**
 * An empty store of the given kind, created once by a server started and stopped on it, without the
 * per-folder files a server makes for itself (its secret key, upload folders).
 */
async function emptyStore(store: 'postgres' | 'pglite'): Promise<string> {
  const dataDir = tempDataDir();
  // Creating a store on a loaded machine (CI, several suites at once) can take a minute or more.
  const server = await startServer({ DATA_DIR: dataDir, EMBEDDED_STORE: store }, { startTimeoutMs: 300_000 });
  await server.stop();
  for (const own of ['secret.key', 'documents', 'extract-files'])
    rmSync(join(dataDir, own), { recursive: true, force: true });
  return dataDir;
}

/** One server on a fresh embedded store of the given kind (EMBEDDED_STORE) for the whole API suite. */
export async function embeddedSetup(project: TestProject, store: 'postgres' | 'pglite') {
  const removeRunFolder = makeTestRunFolder();
  const template = await emptyStore(store);
  const storeEnv = { DATA_DIR: copyOfStore(template), EMBEDDED_STORE: store };
  const fake = await startFakeProvider();
  const server = await startServer({ ...storeEnv, ...aiEnv(fake.url) }, { startTimeoutMs: 300_000 });
  // A native store the server cannot start falls back to PGlite: this suite would then test the wrong store.
  const health = (await (await fetch(`${server.baseUrl}/api/health`)).json()) as { engine?: string };
  if (health.engine !== store) {
    await server.stop();
    throw new Error(`The suite's server runs on ${health.engine}, not ${store}:\n${server.output()}`);
  }
  project.provide('baseUrl', server.baseUrl);
  project.provide('engine', store === 'pglite' ? 'pglite' : 'embedded');
  project.provide('storeEnv', storeEnv);
  project.provide('emptyStore', template);
  project.provide('fakeProviderUrl', fake.url);
  project.provide('aiEnv', aiEnv(fake.url));
  return async () => {
    await server.stop();
    await fake.close();
    removeRunFolder();
  };
}
