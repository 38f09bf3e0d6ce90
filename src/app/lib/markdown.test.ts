import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, markdownLine } from './markdown.tsx';

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe('markdown', () => {
  it('renders headings, lists, emphasis, code and http(s) links', () => {
    expect(html('# Title\n\n- **one**\n- *two*\n\n1. `x`\n\nSee [docs](https://x.io).')).toBe(
      '<div class="markdown"><h3>Title</h3><ul><li><strong>one</strong></li><li><em>two</em></li></ul><ol><li><code>x</code></li></ol><p>See <a href="https://x.io" target="_blank" rel="noopener noreferrer">docs</a>.</p></div>',
    );
  });
  it('never interprets HTML nor links other schemes', () => {
    const out = html('<img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('href');
    expect(out).toContain('&lt;img');
  });
  it('gives a grid cell one line without marks', () => {
    expect(markdownLine('# Plan\n- **ship** it\n- [docs](https://x.io)')).toBe('Plan ship it docs');
  });
});
