import { type ToolSet, tool } from 'ai';
import { z } from 'zod';
import { readText } from '../../net/outbound.ts';
import { onSite, type ResearchDepth, researchDepth } from './research-depth.ts';

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

/**
 * The tools a research column's model may call before it answers: a web search through a SearXNG
 * instance (when one is configured), and reading a page (always: without search it can still read the
 * addresses the row gives, a company's website). `visited` collects the pages it read, shown as the
 * cell's sources. `depth` says how many results a search returns and, for a site-bound agent
 * (linkedin), keeps both searches and reads on that site.
 */
export function researchTools(
  searxngUrl: string | undefined,
  visited: Set<string>,
  signal?: AbortSignal,
  depth: ResearchDepth = researchDepth(undefined),
): ToolSet {
  const limits = { maxBytes: MAX_PAGE_BYTES, timeoutMs: FETCH_TIMEOUT_MS, ...(signal && { signal }) };
  const site = depth.site;
  const search = searxngUrl !== undefined && {
    web_search: tool({
      description: 'Search the web. Returns the top results with their title, address and a snippet.',
      inputSchema: z.object({ query: z.string().min(1).max(300) }),
      execute: async ({ query }) => {
        const url = new URL('/search', searxngUrl);
        url.searchParams.set('q', site ? `${query} site:${site}` : query);
        url.searchParams.set('format', 'json');
        const results =
          // The search instance is the operator's (SEARXNG_URL): it may live on a private address.
          (
            JSON.parse(await readText(url.toString(), { ...limits, trustedOrigins: [searxngUrl] })) as {
              results?: SearxResult[];
            }
          ).results ?? [];
        return results
          .filter((result) => !site || (result.url !== undefined && onSite(result.url, site)))
          .slice(0, depth.results)
          .map((result) => ({ title: result.title, url: result.url, snippet: result.content }));
      },
    }),
  };
  return {
    ...search,
    read_page: tool({
      description: 'Read a web page: returns its text (the start of it).',
      inputSchema: z.object({ url: z.url({ protocol: /^https?$/ }) }),
      execute: async ({ url }) => {
        if (site && !onSite(url, site)) return `Only pages on ${site} can be read by this agent.`;
        visited.add(url);
        // The model chose this address: it goes through the private-address guard.
        return pageText(await readText(url, limits));
      },
    }),
  };
}
