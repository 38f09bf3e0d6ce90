import { expect, type Locator, type Page } from '@playwright/test';

/** The Runs side panel: one list item per run, named by its columns, newest first. */
export class RunsPanel {
  readonly page: Page;
  readonly panel: Locator;
  readonly runs: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page
      .locator('aside.side-panel')
      .filter({ has: page.getByRole('heading', { name: 'Runs' }) });
    this.runs = this.panel.getByRole('list', { name: 'Runs' }).getByRole('listitem');
    this.notice = this.panel.getByRole('status').or(this.panel.getByRole('alert'));
  }

  /** Opens the panel from the toolbar's Runs button. */
  async open(): Promise<void> {
    await this.page.locator('.toolbar').getByRole('button', { name: 'Runs' }).click();
    await expect(this.panel).toBeVisible();
  }

  /** Rolls a run back, through the confirmation that explains what it does. */
  async rollBack(run: Locator): Promise<void> {
    await run.getByRole('button', { name: 'Roll back' }).click();
    const confirm = this.page.getByRole('dialog', { name: 'Roll back this run?' });
    await expect(confirm).toContainText('value it had before the run');
    await confirm.getByRole('button', { name: 'Roll back' }).click();
    await expect(confirm).toBeHidden();
  }
}
