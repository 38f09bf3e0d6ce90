import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder for the stores a test run makes (a store is 70-100 MB; a run makes a hundred or
 * more), set in the environment the test workers inherit and removed when the run ends. The first
 * global setup of a run makes it; the ones after it share it.
 */
export function makeTestRunFolder(): () => void {
  if (process.env.AI_TABLES_TEST_TMP) return () => undefined;
  const folder = mkdtempSync(join(tmpdir(), 'ai-tables-run-'));
  // Run as root, the native store's PostgreSQL runs as another user, who must be able to pass through.
  chmodSync(folder, 0o711);
  process.env.AI_TABLES_TEST_TMP = folder;
  return () => {
    rmSync(folder, { recursive: true, force: true });
    delete process.env.AI_TABLES_TEST_TMP;
  };
}
