import { expect, type Locator, type Page } from '@playwright/test';

/** The Triggers side panel: the list of a table's triggers and the trigger form. */
export class TriggersPage {
  readonly page: Page;
  readonly panel: Locator;
  readonly form: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.locator('aside.side-panel');
    this.form = this.panel.getByRole('form', { name: /trigger/i });
  }

  async open(): Promise<void> {
    await this.page.locator('.toolbar').getByRole('button', { name: 'Triggers' }).click();
    await expect(this.panel.getByRole('heading', { name: 'Triggers' })).toBeVisible();
  }

  /** Opens the form for a new trigger and names it. */
  async startNew(name: string, event = 'A row is added'): Promise<void> {
    await this.panel.getByRole('button', { name: 'New trigger' }).click();
    await this.form.getByLabel('Name').fill(name);
    await this.form.getByLabel('When').selectOption({ label: event });
  }

  /** Chooses "Run AI columns" and ticks the columns. */
  async runAiColumns(columns: string[]): Promise<void> {
    await this.form.getByLabel('Then').selectOption({ label: 'Run AI columns or an enrichment on the row' });
    for (const column of columns) await this.form.getByRole('checkbox', { name: column }).check();
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Add trigger' }).click();
    await expect(this.form).toBeHidden();
  }

  /** A trigger in the list, by name. */
  item(name: string): Locator {
    return this.panel.getByRole('listitem', { name });
  }
}
