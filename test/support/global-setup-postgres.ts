import type { TestProject } from 'vitest/node';
import './provided-context.ts';
import { aiEnv } from './ai-env.ts';
import { startFakeProvider } from './fake-provider/server.ts';
import { createTestDatabase } from './postgres.ts';
import { startServer } from './server-process.ts';
import { makeTestRunFolder } from './test-run-folder.ts';

/** One server on a fresh PostgreSQL database for the whole API suite. */
export default async function setup(project: TestProject) {
  const removeRunFolder = makeTestRunFolder();
  const database = await createTestDatabase();
  const storeEnv = { DATABASE_URL: database.url };
  const fake = await startFakeProvider();
  const server = await startServer({ ...storeEnv, ...aiEnv(fake.url) });
  project.provide('baseUrl', server.baseUrl);
  project.provide('engine', 'postgres');
  project.provide('storeEnv', storeEnv);
  project.provide('fakeProviderUrl', fake.url);
  project.provide('aiEnv', aiEnv(fake.url));
  return async () => {
    await server.stop();
    await fake.close();
    await database.drop();
    removeRunFolder();
  };
}
