import { expect, type Locator, type Page } from '@playwright/test';

/** The tables page as a user sees it: the sidebar list, the selected table, its forms. */
export class TablesPage {
  readonly page: Page;
  readonly sidebar: Locator;
  readonly tableList: Locator;
  readonly heading: Locator;
  readonly rowCount: Locator;
  readonly rowsTable: Locator;
  readonly addRowForm: Locator;

  constructor(page: Page) {
    this.page = page;
    this.sidebar = page.getByRole('complementary', { name: 'Tables' });
    this.tableList = this.sidebar.getByRole('list', { name: 'Table list' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.rowCount = page.getByTestId('row-count');
    this.rowsTable = page.getByRole('table');
    this.addRowForm = page.getByRole('form', { name: 'Add row' });
  }

  /** Opens the app at its start page. */
  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
  }

  /** Creates a table through the sidebar's inline form and waits until it is open. */
  async createTable(name: string): Promise<void> {
    await this.sidebar.getByRole('button', { name: 'New table' }).click();
    await this.sidebar.getByLabel('New table name').fill(name);
    await this.sidebar.getByLabel('New table name').press('Enter');
    await expect(this.heading).toHaveText(name);
  }

  /** The sidebar link of a table; its accessible name holds the name and the row count. */
  tableLink(name: string): Locator {
    return this.tableList.getByRole('link', { name: new RegExp(`^${name}\\b`) });
  }

  /** Adds a column from the toolbar form and waits for its header. */
  async addColumn(name: string, type: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add column' });
    await form.getByLabel('Column name').fill(name);
    await form.getByLabel('Column type').selectOption({ label: type });
    await form.getByLabel('Column name').press('Enter');
    await expect(this.columnHeader(name)).toBeVisible();
  }

  /** A column header of the rows table. */
  columnHeader(name: string): Locator {
    return this.rowsTable.getByRole('columnheader', { name });
  }

  /** Fills the add-row form (by field label) and submits it with Enter. */
  async submitRow(values: Record<string, string>): Promise<void> {
    let last: Locator | undefined;
    for (const [label, value] of Object.entries(values)) {
      last = this.addRowForm.getByLabel(label, { exact: true });
      await last.fill(value);
    }
    await last?.press('Enter');
  }

  /** The data rows of the table (the header row left out). */
  dataRows(): Locator {
    return this.rowsTable.getByRole('rowgroup').nth(1).getByRole('row');
  }
}
