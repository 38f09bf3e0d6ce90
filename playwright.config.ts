import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the real server and the built SPA. Build first (`npx vite build`):
 * the server serves ./dist, and building here would run again in every worker process.
 */
// E2E_PORT lets two checkouts run their end-to-end suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 8791);
const baseURL = `http://localhost:${PORT}`;
// The fake OpenAI-compatible provider the app's AI columns call; tests script it over HTTP
// (POST /__rules) at this port (e2e/support/fake-provider.ts). Derived from E2E_PORT so side-by-side
// suites do not share it.
const FAKE_PROVIDER_PORT = PORT + 100;
const fakeProviderUrl = `http://127.0.0.1:${FAKE_PROVIDER_PORT}`;

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
      url: `${fakeProviderUrl}/v1/models`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { FAKE_PROVIDER_PORT: String(FAKE_PROVIDER_PORT) },
    },
    {
      command: 'node_modules/.bin/node --max-semi-space-size=16 src/server/main.ts',
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
        // The environment provider ("openai", OpenAI-compatible) is the fake; columns that name no
        // model get fake-default, and a column naming its own model gets the rules scripted for it.
        OPENAI_BASE_URL: `${fakeProviderUrl}/v1`,
        OPENAI_API_KEY: 'test-key-123456',
        AI_TABLES_MODEL: 'fake-default',
        // Webhook receivers and pages a research column reads are local: the outbound guard lets them through.
        OUTBOUND_ALLOW: '127.0.0.1',
        // Scripted failures retry in milliseconds, not the seconds a real provider deserves.
        AI_RETRY_BASE_MS: '20',
        // Seeding helpers send bursts of calls from one address: no rate limit here.
        RATE_LIMIT_PER_SECOND: '0',
      },
    },
  ],
});
