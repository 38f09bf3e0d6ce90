import type { TestProject } from 'vitest/node';
import './provided-context.ts';
import { createTestDatabase } from './postgres.ts';
import { startServer } from './server-process.ts';

/** One server on a fresh PostgreSQL database for the whole API suite. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  const storeEnv = { DATABASE_URL: database.url };
  const server = await startServer(storeEnv);
  project.provide('baseUrl', server.baseUrl);
  project.provide('engine', 'postgres');
  project.provide('storeEnv', storeEnv);
  return async () => {
    await server.stop();
    await database.drop();
  };
}
