// The ceiling: a plain, static HTML table of 3,000 rows with the benchmark's columns and values.
// Nothing is virtualized or scripted, so its scroll costs only what the browser itself spends.
// Separate borders, as grids draw them: Chromium repaints a table with collapsed borders at ~7 fps.
import type { Page } from '@playwright/test';
import { COLUMNS, makeRow } from './load-table.ts';

const ROWS = 3_000;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return escapeHtml(Array.isArray(value) ? value.join(', ') : String(value));
}

/** The page's HTML: one scroller holding the table, the header above it, 34 px rows of 180 px cells. */
function staticTableHtml(): string {
  const head = COLUMNS.map((column) => `<th>${escapeHtml(column.displayName)}</th>`).join('');
  const body = Array.from({ length: ROWS }, (_, i) => {
    const { data } = makeRow(i + 1);
    const cells = COLUMNS.map((column) => `<td>${cellText(data[column.name as keyof typeof data])}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  }).join('');
  return `<!doctype html><meta charset="utf-8"><style>
    html, body { margin: 0; font: 13px system-ui, sans-serif; }
    #scroller { height: 100vh; overflow: auto; }
    table { border-collapse: separate; border-spacing: 0; table-layout: fixed; width: ${COLUMNS.length * 180}px; }
    th, td { width: 180px; height: 33px; padding: 0 8px; border: 0 solid #ddd; border-width: 0 1px 1px 0; overflow: hidden;
      white-space: nowrap; text-overflow: ellipsis; text-align: left; }
    th { height: 35px; background: #f6f7f9; }
  </style><div id="scroller"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** Opens the static page in `page`; its scroller is `#scroller`. */
export async function openStaticTable(page: Page): Promise<string> {
  await page.setContent(staticTableHtml());
  return '#scroller';
}
