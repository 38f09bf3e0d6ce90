import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import './provided-context.ts';
import { aiEnv } from './ai-env.ts';
import { startFakeProvider } from './fake-provider/server.ts';
import { startServer, tempDataDir } from './server-process.ts';

/** One server on a fresh embedded store of the given kind (EMBEDDED_STORE) for the whole API suite. */
export async function embeddedSetup(project: TestProject, store: 'postgres' | 'pglite') {
  const dataDir = tempDataDir();
  const storeEnv = { DATA_DIR: dataDir, EMBEDDED_STORE: store };
  const fake = await startFakeProvider();
  // Creating a store on a loaded machine (CI, several suites at once) can take a minute or more.
  const server = await startServer({ ...storeEnv, ...aiEnv(fake.url) }, { startTimeoutMs: 300_000 });
  project.provide('baseUrl', server.baseUrl);
  project.provide('engine', store === 'pglite' ? 'pglite' : 'embedded');
  project.provide('storeEnv', storeEnv);
  project.provide('fakeProviderUrl', fake.url);
  project.provide('aiEnv', aiEnv(fake.url));
  return async () => {
    await server.stop();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
