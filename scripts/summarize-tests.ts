// Sums every suite's results into the one closing line CI reads: "N passed, N failed".
// Arguments: `vitest:<report.json>`, `playwright:<report.json>` (any number of each) and `check:<name>`
// for each check (typecheck, lint, build) that failed. A report that is missing counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numFailedTestSuites: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
}

function read<T>(file: string): T | undefined {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  console.log(`missing report: ${file}`);
  return undefined;
}

const count: Record<string, (file: string) => { passed: number; failed: number }> = {
  vitest(file) {
    const report = read<VitestReport>(file);
    if (!report) return { passed: 0, failed: 1 };
    // A suite that failed to load has no failed tests of its own: count it too.
    return { passed: report.numPassedTests, failed: report.numFailedTests || report.numFailedTestSuites };
  },
  playwright(file) {
    const report = read<PlaywrightReport>(file);
    if (!report) return { passed: 0, failed: 1 };
    return {
      passed: report.stats.expected + report.stats.flaky,
      failed: report.stats.unexpected + (report.errors?.length ?? 0),
    };
  },
  check(name) {
    console.log(`failed check: ${name}`);
    return { passed: 0, failed: 1 };
  },
};

let passed = 0;
let failed = 0;
for (const argument of process.argv.slice(2).filter(Boolean)) {
  const [kind = '', ...rest] = argument.split(':');
  const tally = count[kind];
  if (!tally) throw new Error(`unknown report kind in "${argument}"`);
  const result = tally(rest.join(':'));
  passed += result.passed;
  failed += result.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
