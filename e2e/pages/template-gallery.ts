import { expect, type Locator, type Page } from '@playwright/test';

/** The "New table" gallery: ways to start and the template cards. */
export class TemplateGallery {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog');
  }

  /** Opens it from the sidebar's template button. */
  async open(): Promise<void> {
    await this.page
      .getByRole('complementary', { name: 'Tables' })
      .getByRole('button', { name: 'New table from a template or a file' })
      .click();
    await expect(this.dialog.getByRole('list', { name: 'Templates' })).toBeVisible();
  }

  card(name: string): Locator {
    return this.dialog.getByRole('button', { name: `Use template ${name}` });
  }

  /** Chooses a template and creates a table from it, with or without its sample rows. */
  async create(template: string, tableName: string, withSamples: boolean): Promise<void> {
    await this.card(template).click();
    const form = this.dialog.getByRole('form', { name: `New table from ${template}` });
    await form.getByLabel('Table name').fill(tableName);
    await form.getByRole('checkbox').setChecked(withSamples);
    await form.getByRole('button', { name: 'Create table' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
