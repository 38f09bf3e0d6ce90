import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceRead, Unit } from './units.ts';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, tr, pre, blockquote, dt, dd, figcaption';

/** Text of the innermost block elements, one unit each (a table row's cells joined by " | "). */
function blocksOf(html: string, origin: string): Unit[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const units: Unit[] = [];
  for (const element of document.querySelectorAll(BLOCKS)) {
    if (element.querySelector(BLOCKS)) continue;
    const text =
      element.tagName === 'TR'
        ? [...element.querySelectorAll('td, th')].map((cell) => cell.textContent?.trim() ?? '').join(' | ')
        : (element.textContent ?? '');
    const clean = text.replace(/[ \t]+/g, ' ').trim();
    if (clean) units.push({ text: clean, origin });
  }
  return units;
}

/**
 * A web page's main content (Readability, as Firefox's reader view), not its navigation, header or
 * footer, as units per block element. A page Readability finds no article in is read whole, minus
 * nav, header, footer, script and style.
 */
export function readHtml(html: string, name: string): SourceRead {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (article?.content) {
    const units = blocksOf(article.content, name);
    if (units.length > 0) return { units };
  }
  const { document: whole } = parseHTML(html);
  for (const element of whole.querySelectorAll('nav, header, footer, script, style, aside')) element.remove();
  return { units: blocksOf(whole.body?.innerHTML ?? '', name) };
}
