import { expect, type Locator, type Page } from '@playwright/test';

/** The Enrich side panel: the request, the plan it previews, and recent enrichments. */
export class EnrichPanel {
  readonly page: Page;
  readonly panel: Locator;
  readonly plan: Locator;
  readonly history: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page
      .locator('aside.side-panel')
      .filter({ has: page.getByRole('heading', { name: 'Enrich', exact: true }) });
    this.plan = this.panel.getByRole('region', { name: 'Plan' });
    this.history = this.panel.getByRole('list', { name: 'Recent enrichments' }).getByRole('listitem');
  }

  /** Opens the panel from the Run AI menu. */
  async openFromRunMenu(): Promise<void> {
    await this.page.getByRole('button', { name: 'Run AI', exact: true }).click();
    await this.page.getByRole('button', { name: /Enrich a column/ }).click();
    await expect(this.panel).toBeVisible();
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  fact(term: string): Locator {
    return this.plan.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }
}
