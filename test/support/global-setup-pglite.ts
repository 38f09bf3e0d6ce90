import type { TestProject } from 'vitest/node';
import { embeddedSetup } from './embedded-setup.ts';

/** One server on a fresh PGlite store (EMBEDDED_STORE=pglite, and stores made before the native one). */
export default (project: TestProject) => embeddedSetup(project, 'pglite');
