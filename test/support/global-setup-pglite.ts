import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import './provided-context.ts';
import { startServer, tempDataDir } from './server-process.ts';

/** One server on a fresh embedded store for the whole API suite. */
export default async function setup(project: TestProject) {
  const dataDir = tempDataDir();
  const storeEnv = { DATA_DIR: dataDir };
  const server = await startServer(storeEnv);
  project.provide('baseUrl', server.baseUrl);
  project.provide('engine', 'pglite');
  project.provide('storeEnv', storeEnv);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
