import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the real server and the built SPA. Build first (`npx vite build`):
 * the server serves ./dist, and building here would run again in every worker process.
 */
// E2E_PORT lets two checkouts run their end-to-end suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 8791);
const baseURL = `http://localhost:${PORT}`;
// The fake OpenAI-compatible provider AI columns call in these tests (test/support/fake-provider).
const FAKE_PROVIDER_PORT = Number(process.env.E2E_FAKE_PROVIDER_PORT ?? PORT + 2);

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
  webServer: [
    {
      command: 'node_modules/.bin/node test/support/fake-provider/main.ts',
      url: `http://127.0.0.1:${FAKE_PROVIDER_PORT}/__calls`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { FAKE_PROVIDER_PORT: String(FAKE_PROVIDER_PORT), FAKE_PROVIDER_DELAY_MS: '300' },
    },
    {
      command: 'node_modules/.bin/node src/server/main.ts',
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(PORT),
        DATA_DIR: dataDir,
        STATIC_DIR: 'dist',
        LOG_LEVEL: 'warn',
        OPENAI_BASE_URL: `http://127.0.0.1:${FAKE_PROVIDER_PORT}/v1`,
        OPENAI_API_KEY: 'e2e-key-0123456789abcdef',
        AI_TABLES_MODEL: 'fake-default',
        AI_POLL_MS: '100',
      },
    },
  ],
});
