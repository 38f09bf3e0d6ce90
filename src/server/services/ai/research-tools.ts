import { type ToolSet, tool } from 'ai';
import { z } from 'zod';
import { outboundFetch } from '../../net/outbound-fetch.ts';

const RESULTS = 5;
const PAGE_CHARS = 6_000;
const FETCH_TIMEOUT_MS = 10_000;
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

interface SearxResult {
  title?: string;
  url?: string;
  content?: string;
}

/** A page's readable text: scripts, styles and tags dropped, whitespace folded, cut to a size a prompt can hold. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style|noscript)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, PAGE_CHARS);
}

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const response = await outboundFetch(url, {
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = await response.arrayBuffer();
  return new TextDecoder().decode(body.slice(0, MAX_PAGE_BYTES));
}

/**
 * The tools a research column's model may call before it answers: a web search through a SearXNG
 * instance, and reading a page. `visited` collects the pages it read, shown as the cell's sources.
 */
export function researchTools(searxngUrl: string, visited: Set<string>, signal?: AbortSignal): ToolSet {
  return {
    web_search: tool({
      description: 'Search the web. Returns the top results with their title, address and a snippet.',
      inputSchema: z.object({ query: z.string().min(1).max(300) }),
      execute: async ({ query }) => {
        const url = new URL('/search', searxngUrl);
        url.searchParams.set('q', query);
        url.searchParams.set('format', 'json');
        const results =
          (JSON.parse(await fetchText(url.toString(), signal)) as { results?: SearxResult[] }).results ?? [];
        return results
          .slice(0, RESULTS)
          .map((result) => ({ title: result.title, url: result.url, snippet: result.content }));
      },
    }),
    read_page: tool({
      description: 'Read a web page: returns its text (the start of it).',
      inputSchema: z.object({ url: z.url({ protocol: /^https?$/ }) }),
      execute: async ({ url }) => {
        visited.add(url);
        return pageText(await fetchText(url, signal));
      },
    }),
  };
}
