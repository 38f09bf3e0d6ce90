import type { Locator, Page } from '@playwright/test';

/** The AI cell side panel: status badges, value, error, the prompt and raw answer, the facts. */
export class CellPanel {
  readonly panel: Locator;
  readonly title: Locator;
  readonly prompt: Locator;
  readonly raw: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    this.panel = page
      .locator('aside.side-panel')
      .filter({ has: page.getByRole('heading', { name: 'AI cell' }) });
    this.title = this.panel.getByRole('heading', { level: 3 }).first();
    this.prompt = this.panel.getByRole('region', { name: 'Prompt as sent' });
    this.raw = this.panel.getByRole('region', { name: 'Raw answer' });
    this.notice = this.panel.getByRole('status');
  }

  /** A fact from the list at the bottom (Model, Attempts, Tokens…). */
  fact(term: string): Locator {
    return this.panel.locator('dt', { hasText: term }).locator('+ dd');
  }

  button(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }
}
