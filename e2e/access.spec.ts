import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { type ServerProcess, startServer, tempDataDir } from '../test/support/server-process.ts';

const TOKEN = 'e2e-token-0123456789abcdef';

/** A server of its own, started with AI_TABLES_TOKEN (the suite's shared server has none). */
let server: ServerProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startServer({ DATA_DIR: tempDataDir(), AI_TABLES_TOKEN: TOKEN });
});
test.afterAll(async () => {
  await server?.stop();
});

test('asks for the access token once, keeps it for the session, downloads with it, and forgets it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const created = await fetch(`${server.baseUrl}/api/tables`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ name: 'Guarded', columns: [{ name: 'name', dataType: 'text' }] }),
  });
  const table = (await created.json()) as { id: string };
  await fetch(`${server.baseUrl}/api/tables/${table.id}/rows`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ rows: [{ data: { name: 'Ada' } }] }),
  });

  // The Content-Security-Policy allows no inline script or style: the app must not need any.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(server.baseUrl);
  const prompt = page.getByRole('dialog', { name: 'Access token needed' });
  await expect(prompt).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/access-token-prompt.png' });

  // A wrong token is refused and asked for again.
  await prompt.getByLabel('Access token').fill('not-the-token-at-all');
  await prompt.getByRole('button', { name: 'Continue' }).click();
  await expect(prompt.getByRole('alert')).toHaveText('The server did not accept that token.');

  await prompt.getByLabel('Access token').fill(TOKEN);
  await prompt.getByRole('button', { name: 'Continue' }).click();
  await expect(prompt).toBeHidden();
  const tables = page.getByRole('complementary', { name: 'Tables' });
  await tables.getByRole('link', { name: /^Guarded\b/ }).click();
  const ada = page.getByRole('grid').getByRole('gridcell').filter({ hasText: 'Ada' });
  await expect(ada).toBeVisible();

  // A reload in the same session keeps the token: no second prompt.
  await page.reload();
  await expect(ada).toBeVisible();
  await expect(prompt).toBeHidden();

  // A download is a plain link that cannot carry the token: it goes through a signed address.
  await page.locator('.toolbar').getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog', { name: 'Export' }).getByRole('link', { name: 'Download' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Ada');

  // Forgetting it in Settings brings the prompt back, with nothing of the table left on screen.
  await tables.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Forget token' }).click();
  await expect(prompt).toBeVisible();
  await expect(ada).toHaveCount(0);
  expect(violations).toEqual([]);
});
