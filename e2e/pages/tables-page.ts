import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';

/** A column as the create-table API takes it. */
export interface ColumnSeed {
  name: string;
  displayName?: string;
  dataType: string;
  config?: Record<string, unknown>;
}

/** The app frame as a user sees it: sidebar, table header, toolbar, grid and side panel. */
export class TablesPage {
  readonly page: Page;
  readonly sidebar: Locator;
  readonly heading: Locator;
  readonly rowCount: Locator;
  readonly grid: Locator;
  readonly sidePanel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.sidebar = page.getByRole('complementary', { name: 'Tables' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.rowCount = page.getByTestId('row-count');
    this.grid = page.getByRole('grid');
    // The side panel is the complementary landmark that is not the sidebar.
    this.sidePanel = page.locator('aside.side-panel');
  }

  /** Opens the app at a path (the start page by default). */
  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
  }

  /** Opens a table by its address and waits for its heading. */
  async openTable(tableId: string, name: string): Promise<void> {
    await this.page.goto(`/tables/${tableId}`);
    await expect(this.heading).toHaveText(name);
  }

  /** Creates a table through the sidebar's inline form and waits until it is open. */
  async createTable(name: string): Promise<void> {
    await this.sidebar.getByRole('button', { name: 'New table', exact: true }).click();
    await this.sidebar.getByLabel('New table name').fill(name);
    await this.sidebar.getByLabel('New table name').press('Enter');
    await expect(this.heading).toHaveText(name);
  }

  /** The sidebar link of a table; its accessible name holds the name and the row count. */
  tableLink(name: string): Locator {
    return this.sidebar.getByRole('link', { name: new RegExp(`^${name}\\b`) });
  }

  /** A toolbar button by its accessible name. */
  toolbarButton(name: string | RegExp): Locator {
    return this.page.locator('.toolbar').getByRole('button', { name });
  }

  /** Adds a column from the toolbar's "+ Column" popover and waits until the server made it. */
  async addColumn(name: string, type: string): Promise<void> {
    await this.toolbarButton('New column').click();
    const form = this.page.getByRole('form', { name: 'Add column' });
    await form.getByLabel('Column name').fill(name);
    await form.getByLabel('Column type').selectOption({ label: type });
    await form.getByLabel('Column name').press('Enter');
    // The popover closes once the column exists.
    await expect(form).toBeHidden();
  }

  /** Opens the empty "New row" form in the side panel. */
  async openNewRow(): Promise<Locator> {
    await this.toolbarButton('New row').click();
    const form = this.sidePanel.getByRole('form', { name: 'New row' });
    await expect(form).toBeVisible();
    return form;
  }

  /** Fills a row form by field label and saves it with its submit button. */
  async fillAndSave(form: Locator, values: Record<string, string>, submit = 'Add row'): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      await form.getByLabel(label, { exact: true }).fill(value);
    }
    await form.getByRole('button', { name: submit }).click();
  }
}

/** Calls the REST API directly, to set up tables and change rows behind the app's back. */
export class TablesApi {
  private readonly request: APIRequestContext;

  constructor(request: APIRequestContext) {
    this.request = request;
  }

  private async call<T>(method: 'get' | 'post' | 'patch', path: string, data?: unknown): Promise<T> {
    const response = await this.request[method](`/api${path}`, data === undefined ? {} : { data });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Creates a table with columns and rows; returns its id and the rows' ids and versions. */
  async createTable(
    name: string,
    columns: ColumnSeed[],
    rows: Record<string, unknown>[] = [],
    projectId?: string,
  ) {
    const table = await this.call<{ id: string }>('post', '/tables', { name, columns, projectId });
    const created =
      rows.length > 0
        ? await this.call<{ id: string; version: number; data: Record<string, unknown> }[]>(
            'post',
            `/tables/${table.id}/rows`,
            { rows: rows.map((data) => ({ data })) },
          )
        : [];
    return { id: table.id, rows: created };
  }

  /** Replaces a row's data, as another client would. */
  async updateRow(tableId: string, rowId: string, data: Record<string, unknown>) {
    return this.call<{ id: string; version: number }>('patch', `/tables/${tableId}/rows/${rowId}`, { data });
  }

  /** Reads a row. */
  async row(tableId: string, rowId: string) {
    return this.call<{ version: number; data: Record<string, unknown> }>(
      'get',
      `/tables/${tableId}/rows/${rowId}`,
    );
  }

  /** Reads rows in the server's default order. */
  async rows(tableId: string) {
    return this.call<{ id: string; data: Record<string, unknown> }[]>('get', `/tables/${tableId}/rows`);
  }

  /** Creates a project. */
  async createProject(name: string) {
    return this.call<{ id: string }>('post', '/projects', { name });
  }
}
