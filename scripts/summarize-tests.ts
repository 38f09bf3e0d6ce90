// Sums every suite's results into the one closing line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTestSuites: number;
  numFailedTestSuites: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
}

const [vitestFile, playwrightFile, ...failedChecks] = process.argv.slice(2);
let passed = 0;
let failed = failedChecks.filter(Boolean).length;

const read = <T>(file: string | undefined): T | undefined =>
  file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;

const vitest = read<VitestReport>(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  // A suite that failed to load has no failed tests of its own: count it too.
  failed += vitest.numFailedTests || vitest.numFailedTestSuites;
} else failed += 1;

const playwright = read<PlaywrightReport>(playwrightFile);
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected + (playwright.errors?.length ?? 0);
} else failed += 1;

for (const check of failedChecks.filter(Boolean)) console.log(`failed check: ${check}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
