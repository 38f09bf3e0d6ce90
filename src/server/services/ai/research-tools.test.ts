import { describe, expect, it } from 'vitest';
import { pageText, researchTools } from './research-tools.ts';

describe('pageText', () => {
  it('keeps the readable text of a page and drops scripts, styles and tags', () => {
    const html =
      '<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>Acme &amp; Co</h1>\n<p>Founded  in 1990.</p></body></html>';
    expect(pageText(html)).toBe('Acme & Co Founded in 1990.');
  });
});

describe('researchTools', () => {
  it('offers web search only when a search instance is configured; page reading always', () => {
    expect(Object.keys(researchTools('http://searx.example', new Set()))).toEqual([
      'web_search',
      'read_page',
    ]);
    expect(Object.keys(researchTools(undefined, new Set()))).toEqual(['read_page']);
  });
});
