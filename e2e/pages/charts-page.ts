import { expect, type Locator, type Page } from '@playwright/test';

/** The Charts side panel, its editor, and the chart cards it and the dashboard show. */
export class ChartsPage {
  readonly page: Page;
  readonly panel: Locator;
  readonly editor: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.locator('aside.side-panel');
    this.editor = this.panel.getByRole('form', { name: /chart/i });
  }

  /** Opens the Charts panel from the toolbar. */
  async open(): Promise<void> {
    await this.page.locator('.toolbar').getByRole('button', { name: 'Charts' }).click();
    await expect(this.panel.getByRole('heading', { name: 'Charts' })).toBeVisible();
  }

  /** Builds a chart in the editor, waits for its live preview, and saves it. */
  async build(settings: {
    title: string;
    type?: string;
    x?: string;
    measure?: string;
    of?: string;
  }): Promise<void> {
    await this.panel.getByRole('button', { name: 'New chart' }).click();
    await this.editor.getByLabel('Title').fill(settings.title);
    if (settings.type) await this.editor.getByRole('button', { name: settings.type, exact: true }).click();
    if (settings.x) await this.editor.getByLabel('X axis').selectOption({ label: settings.x });
    if (settings.measure) await this.editor.getByLabel('Measure').selectOption({ label: settings.measure });
    if (settings.of) await this.editor.getByLabel('Of column').selectOption({ label: settings.of });
    await expect(this.preview().locator('.recharts-wrapper > svg')).toBeVisible();
    await this.editor.getByRole('button', { name: 'Add chart' }).click();
    await expect(this.card(settings.title)).toBeVisible();
  }

  preview(): Locator {
    return this.editor.getByTestId('chart-preview');
  }

  /** A saved chart's card, in the panel or on the dashboard. */
  card(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  /** The X axis labels a chart shows, left to right. */
  xLabels(card: Locator): Locator {
    return card.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  }

  /** The bars of a bar chart, left to right. */
  bars(card: Locator): Locator {
    return card.locator('.recharts-bar-rectangle path');
  }
}
