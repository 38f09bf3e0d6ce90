import { expect, type Locator, type Page } from '@playwright/test';

/** The AI column settings panel, as a person fills it in. */
export class AiColumnPanel {
  readonly page: Page;
  readonly panel: Locator;
  readonly prompt: Locator;
  readonly preview: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByRole('complementary');
    this.prompt = this.panel.getByRole('combobox', { name: 'Prompt' });
    this.preview = this.panel.getByRole('list', { name: 'Preview answers' });
  }

  /** "+ Column", type AI, a name: the panel opens for the rest. */
  async openNew(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New column' }).click();
    await this.page.getByLabel('Column name').fill(name);
    await this.page.getByLabel('Column type').selectOption('ai');
    await this.page.getByRole('button', { name: 'Set up AI column…' }).click();
    await expect(this.panel.getByRole('heading', { name: 'New AI column' })).toBeVisible();
  }

  /** Types text into the prompt; `{name` followed by Enter picks a column from the completion list. */
  async type(text: string): Promise<void> {
    await this.prompt.pressSequentially(text);
  }

  async chooseSuggestion(name: string): Promise<void> {
    await expect(this.panel.getByRole('option', { name: new RegExp(`\\{${name}\\}`) })).toBeVisible();
    await this.prompt.press('Enter');
  }

  async format(label: string, labels?: string): Promise<void> {
    await this.panel.getByLabel('Answer format').selectOption({ label });
    if (labels) await this.panel.getByRole('textbox', { name: 'Labels' }).fill(labels);
  }

  async model(name: string): Promise<void> {
    await this.panel.getByRole('textbox', { name: 'Model' }).fill(name);
  }
}
