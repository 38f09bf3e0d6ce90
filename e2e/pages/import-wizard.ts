import { expect, type Locator, type Page } from '@playwright/test';

/** The import wizard as a user sees it: the drop zone, the mapping table, the progress and the report. */
export class ImportWizard {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: /from a file/ });
  }

  /** Picks a file (as the file chooser would) and waits for the mapping step. */
  async chooseFile(name: string, content: string): Promise<void> {
    await this.dialog
      .getByLabel('File to import')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
    await expect(this.dialog.getByRole('form', { name: 'Columns to import' })).toBeVisible();
  }

  /** Renames the column a source field goes to. */
  async rename(source: string, name: string): Promise<void> {
    await this.dialog.getByLabel(`Column name for ${source}`).fill(name);
  }

  async retype(source: string, type: string): Promise<void> {
    await this.dialog.getByLabel(`Type for ${source}`).selectOption({ label: type });
  }

  async skip(source: string): Promise<void> {
    await this.dialog.getByLabel(`Import ${source}`, { exact: true }).uncheck();
  }

  /** Starts the import and waits for its report. */
  async importRows(): Promise<Locator> {
    await this.dialog.getByRole('button', { name: /^Import \d/ }).click();
    const outcome = this.dialog.locator('.import-report__outcome');
    await expect(outcome).toBeVisible({ timeout: 30_000 });
    return outcome;
  }
}
