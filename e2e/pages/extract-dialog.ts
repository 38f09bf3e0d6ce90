import { expect, type Locator, type Page } from '@playwright/test';

/** A field of the schema as the test writes it. */
export interface FieldSpec {
  label: string;
  type?: string;
  description?: string;
  required?: boolean;
}

/** "New table from documents" as a user sees it: fields, documents, estimate. */
export class ExtractDialog {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'New table from documents' });
  }

  /** Opens it from the start page. */
  async open(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'From documents' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Names the table and writes its fields (the first field row is there already). */
  async defineFields(name: string, fields: FieldSpec[]): Promise<void> {
    await this.dialog.getByLabel('Table name').fill(name);
    for (const [index, field] of fields.entries()) {
      const n = index + 1;
      if (index > 0) await this.dialog.getByRole('button', { name: 'Add a field' }).click();
      await this.dialog.getByLabel(`Field ${n} name`).fill(field.label);
      if (field.type) await this.dialog.getByLabel(`Field ${n} type`).selectOption({ label: field.type });
      if (field.description) await this.dialog.getByLabel(`Field ${n} description`).fill(field.description);
      if (field.required) await this.dialog.getByLabel(`Field ${n} required`).check();
    }
  }

  async next(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Next/ }).click();
  }

  /** Chooses the kind of source: Files, Web addresses, Pasted text. */
  async sourceKind(kind: 'Files' | 'Web addresses' | 'Pasted text'): Promise<void> {
    // The option's label is what a person clicks (the radio itself is drawn as a tab).
    await this.dialog.locator('.extract-tabs__option', { hasText: kind }).click();
    await expect(this.dialog.getByRole('radio', { name: kind })).toBeChecked();
  }

  /** Drops files on the drop zone, as dragging them from the desktop does, and waits for their upload. */
  async dropFiles(files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
    const zone = this.dialog.getByRole('region', { name: 'Drop files here' });
    const transfer = await this.page.evaluateHandle(
      (list) => {
        const data = new DataTransfer();
        for (const file of list)
          data.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.mimeType }));
        return data;
      },
      files.map((file) => ({ name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] })),
    );
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    const list = this.dialog.getByRole('list', { name: 'Documents' });
    for (const file of files) await expect(list.getByText(file.name, { exact: true })).toBeVisible();
  }

  /** One figure of the estimate by its term: "Model calls", "Pages". */
  figure(term: string): Locator {
    return this.dialog.locator('.estimate-summary__figures > div').filter({ hasText: term }).locator('dd');
  }

  async start(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Start extraction' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
