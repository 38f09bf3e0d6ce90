import { expect, type Locator, type Page } from '@playwright/test';

/** The grid as a user and a screen reader see it: rows and cells by their ARIA positions. */
export class GridPage {
  readonly page: Page;
  readonly grid: Locator;
  readonly editor: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.grid = page.getByRole('grid');
    this.editor = this.grid.getByRole('textbox', { name: /^Edit / });
    this.notice = page.locator('.grid-footer').getByRole('status');
  }

  /** Opens a table straight by its address and waits for its first row. */
  async goto(tableId: string): Promise<void> {
    await this.page.goto(`/tables/${tableId}`);
    await expect(this.grid).toBeVisible();
  }

  /** A data row by 0-based position (aria-rowindex counts the header as 1). */
  row(index: number): Locator {
    return this.grid.locator(`[role="row"][aria-rowindex="${index + 2}"]`);
  }

  /** A data cell by 0-based row and visible-column position. */
  cell(row: number, col: number): Locator {
    return this.row(row).locator(`[role="gridcell"][aria-colindex="${col + 2}"]`);
  }

  /** The column headers' names, in screen order. */
  headerNames(): Locator {
    return this.grid.getByRole('columnheader').locator('.grid-header-cell__name');
  }

  header(name: string): Locator {
    return this.grid.getByRole('columnheader', { name: new RegExp(`\\b${name}\\b`) });
  }

  /** The focused cell, as aria-activedescendant names it. */
  async focusedCell(): Promise<{ row: number; col: number }> {
    const id = await this.grid.getAttribute('aria-activedescendant');
    const match = /-r(\d+)-c(\d+)$/.exec(id ?? '');
    if (!match) throw new Error(`no focused cell (aria-activedescendant=${id})`);
    return { row: Number(match[1]), col: Number(match[2]) };
  }

  async expectFocus(row: number, col: number): Promise<void> {
    await expect.poll(() => this.focusedCell()).toEqual({ row, col });
  }

  /** Clicks a cell (selecting it and focusing the grid). */
  async select(row: number, col: number, options: { shift?: boolean } = {}): Promise<void> {
    await this.cell(row, col).click({ modifiers: options.shift ? ['Shift'] : [] });
  }

  /** Selected cells (aria-selected) in the rendered rows. */
  selectedCells(): Locator {
    return this.grid.locator('[role="gridcell"][aria-selected="true"]');
  }

  /** Types into a cell: select it, type (which opens the editor), press a commit key. */
  async typeInto(row: number, col: number, text: string, commit = 'Enter'): Promise<void> {
    await this.select(row, col);
    await this.page.keyboard.type(text);
    await this.page.keyboard.press(commit);
  }

  /**
   * Pastes text into the grid as the browser does for Ctrl+V: a paste event carrying a DataTransfer,
   * sent to the focused grid (no clipboard permission needed).
   */
  async paste(text: string): Promise<void> {
    await this.grid.evaluate((grid, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      grid.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /** Opens a column's header menu from its button. */
  async openColumnMenu(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `${name} column menu` }).click();
    const menu = this.page.getByRole('menu');
    await expect(menu).toBeVisible();
    return menu;
  }
}
