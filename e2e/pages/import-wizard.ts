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

  /** Drops a file on the drop zone, as dragging it from the desktop does, and waits for the mapping step. */
  async dropFile(name: string, content: string): Promise<void> {
    const zone = this.dialog.getByRole('region', { name: 'Drop a file here' });
    const transfer = await this.page.evaluateHandle(
      ([fileName, text]) => {
        const data = new DataTransfer();
        data.items.add(new File([text], fileName, { type: 'text/csv' }));
        return data;
      },
      [name, content] as const,
    );
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
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
