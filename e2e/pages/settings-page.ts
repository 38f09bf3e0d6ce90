import { expect, type Locator, type Page } from '@playwright/test';

export interface ProviderFields {
  kind?: 'OpenAI' | 'Anthropic' | 'OpenAI-compatible';
  name?: string;
  baseUrl?: string;
  apiKey?: string;
  defaultModel?: string;
}

/** The AI settings dialog: providers as list items named by the provider, and the provider form. */
export class SettingsPage {
  readonly page: Page;
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly providers: Locator;

  constructor(page: Page) {
    this.page = page;
    this.openButton = page
      .getByRole('complementary', { name: 'Tables' })
      .getByRole('button', { name: 'Settings' });
    this.dialog = page.getByRole('dialog', { name: 'AI settings' });
    this.providers = this.dialog.getByRole('list', { name: 'Providers' }).getByRole('listitem');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /** A provider's card, by its name. */
  provider(name: string): Locator {
    return this.dialog.getByRole('listitem', { name, exact: true });
  }

  /** Fills the provider form's fields that are given (a form for adding or for editing). */
  async fill(form: Locator, fields: ProviderFields): Promise<void> {
    if (fields.kind) await form.getByLabel('Kind').selectOption({ label: fields.kind });
    if (fields.name !== undefined) await form.getByLabel('Name').fill(fields.name);
    if (fields.baseUrl !== undefined) await form.getByLabel('Base URL').fill(fields.baseUrl);
    if (fields.apiKey !== undefined) await form.getByLabel('API key').fill(fields.apiKey);
    if (fields.defaultModel !== undefined) await form.getByLabel('Default model').fill(fields.defaultModel);
  }

  /** Opens the "Add provider" form, fills it and submits it; returns the form (still open if refused). */
  async addProvider(fields: ProviderFields): Promise<Locator> {
    await this.dialog.getByRole('button', { name: 'Add provider' }).click();
    const form = this.dialog.getByRole('form', { name: 'Add provider' });
    await this.fill(form, fields);
    await form.getByRole('button', { name: 'Add provider' }).click();
    return form;
  }

  /** Presses "Test connection" on a provider and returns its result region once the test is over. */
  async testConnection(name: string): Promise<Locator> {
    const card = this.provider(name);
    await card.getByRole('button', { name: 'Test connection' }).click();
    const result = card.getByRole('status');
    await expect(result).toContainText(/Connection (OK|failed)/, { timeout: 25_000 });
    return result;
  }

  /** Removes a provider added in Settings, confirming in the dialog that asks. */
  async removeProvider(name: string): Promise<void> {
    await this.provider(name)
      .getByRole('button', { name: `Remove ${name}` })
      .click();
    const confirm = this.page.getByRole('dialog', { name: `Remove ${name}?` });
    await confirm.getByRole('button', { name: 'Remove provider' }).click();
    await expect(confirm).toBeHidden();
    await expect(this.provider(name)).toHaveCount(0);
  }
}
