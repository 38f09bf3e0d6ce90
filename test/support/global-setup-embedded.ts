import type { TestProject } from 'vitest/node';
import { embeddedSetup } from './embedded-setup.ts';

/** One server on a fresh default store: the native PostgreSQL the server starts itself. */
export default (project: TestProject) => embeddedSetup(project, 'postgres');
