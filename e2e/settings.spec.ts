import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page.ts';
import { fakeProviderUrl } from './support/fake-provider.ts';

test.describe('AI settings', () => {
  test('adds a compatible provider, tests it, edits it and removes it; a broken one reports why', async ({
    page,
  }) => {
    const settings = new SettingsPage(page);
    await page.goto('/');
    await settings.open();

    // The environment's provider: read-only, key masked, the default.
    const environment = settings.provider(`OpenAI-compatible (127.0.0.1:${new URL(fakeProviderUrl).port})`);
    await expect(environment).toContainText('From environment');
    // Its last four characters only: none of the start of the key.
    await expect(environment).toContainText('…3456');
    await expect(environment).not.toContainText('tes…');
    await expect(environment).toContainText('Default');
    await expect(environment.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await expect(settings.dialog.getByRole('definition').filter({ hasText: 'fake-default' })).toHaveCount(1);

    // The server's refusal shows at its field; the id follows the name.
    const form = await settings.addProvider({
      kind: 'OpenAI-compatible',
      name: 'Local fake',
      baseUrl: 'ftp://127.0.0.1/v1',
      apiKey: 'sk-local-abcdef123456',
      defaultModel: 'fake-default',
    });
    await expect(form.getByLabel('Id')).toHaveValue('local-fake');
    await expect(form.getByLabel('Base URL')).toHaveAccessibleDescription(/Expected an http\(s\) URL/);
    await expect(form.getByRole('alert')).toHaveText('Not saved: see the fields marked above.');
    await form.getByLabel('Base URL').fill(`${fakeProviderUrl}/v1`);
    await form.getByRole('button', { name: 'Add provider' }).click();
    await expect(form).toBeHidden();

    const local = settings.provider('Local fake');
    await expect(local).toContainText('…3456');
    await expect(local).not.toContainText('From environment');
    const ok = await settings.testConnection('Local fake');
    await expect(ok).toContainText('Connection OK');
    await expect(ok).toContainText(/fake-default · \d+ ms/);

    // Nothing listens on port 9: the test says so, with the provider's message.
    await settings.addProvider({ name: 'Broken', baseUrl: 'http://127.0.0.1:9/v1', defaultModel: 'x' });
    const failed = await settings.testConnection('Broken');
    await expect(failed).toContainText('Connection failed');
    await expect(failed).toContainText(/connect|ECONNREFUSED/i);

    // Editing leaves the key field empty: the stored key stays unless a new one is typed.
    await local.getByRole('button', { name: 'Edit Local fake' }).click();
    const edit = settings.dialog.getByRole('form', { name: 'Edit provider Local fake' });
    await expect(edit.getByLabel('API key')).toHaveValue('');
    await expect(edit.getByLabel('API key')).toHaveAttribute('placeholder', 'unchanged');
    await settings.fill(edit, { defaultModel: 'fake-other' });
    await edit.getByRole('button', { name: 'Save provider' }).click();
    await expect(edit).toBeHidden();
    await expect(local).toContainText('fake-other');
    await expect(local).toContainText('…3456');
    await expect(local.getByRole('button', { name: 'Edit Local fake' })).toBeFocused();

    // Escape in the confirmation closes it alone; the settings stay open.
    await settings.provider('Broken').getByRole('button', { name: 'Remove Broken' }).click();
    await expect(page.getByRole('dialog', { name: 'Remove Broken?' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Remove Broken?' })).toBeHidden();
    await expect(settings.dialog).toBeVisible();

    await settings.removeProvider('Broken');
    await settings.removeProvider('Local fake');
    await expect(settings.providers).toHaveCount(1);

    // Escape closes the settings and gives focus back to the button that opened them.
    await page.keyboard.press('Escape');
    await expect(settings.dialog).toBeHidden();
    await expect(settings.openButton).toBeFocused();
  });

  test('explains what to configure when no provider is', async ({ page }) => {
    await page.route('**/api/ai/settings', (route) =>
      route.fulfill({ json: { providers: [], defaultProvider: null, defaultModel: null, webSearch: false } }),
    );
    const settings = new SettingsPage(page);
    await page.goto('/');
    await settings.open();
    const help = settings.dialog.getByRole('note');
    await expect(help).toContainText('No AI provider is configured yet');
    for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'ANTHROPIC_API_KEY'])
      await expect(help).toContainText(name);
    await expect(settings.dialog.getByRole('button', { name: 'Add provider' })).toBeVisible();
  });
});
