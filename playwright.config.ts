import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the real server and the built SPA. Build first (`npx vite build`):
 * the server serves ./dist, and building here would run again in every worker process.
 */
// E2E_PORT lets two checkouts run their end-to-end suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 8791);
const baseURL = `http://localhost:${PORT}`;

// Browser downloads are impossible on these machines; Debian's Chromium is used when it is there.
const systemChromium = '/usr/bin/chromium';

// A fresh store per run: Playwright empties test-results before it starts the web server,
// and the timestamp keeps two runs from ever sharing one.
const dataDir = `test-results/e2e-data-${Date.now()}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // No retries: the first test expects an empty store, and a retry would find the first attempt's table.
  retries: 0,
  workers: 1,
  reporter: 'list',
  timeout: 30_000,
  // Generous: this machine is shared with API test suites that load the CPU.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(existsSync(systemChromium) && { executablePath: systemChromium }),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node_modules/.bin/node src/server/main.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(PORT), DATA_DIR: dataDir, STATIC_DIR: 'dist', LOG_LEVEL: 'warn' },
  },
});
