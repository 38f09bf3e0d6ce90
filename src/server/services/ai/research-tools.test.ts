import { describe, expect, it } from 'vitest';
import { pageText } from './research-tools.ts';

describe('pageText', () => {
  it('keeps the readable text of a page and drops scripts, styles and tags', () => {
    const html =
      '<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>Acme &amp; Co</h1>\n<p>Founded  in 1990.</p></body></html>';
    expect(pageText(html)).toBe('Acme & Co Founded in 1990.');
  });
});
