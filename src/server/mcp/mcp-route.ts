import { Hono } from 'hono';
import type { McpContext } from './mcp-context.ts';

/** The JSON-RPC error a stateless server answers GET (no server-sent stream) and DELETE (no session) with. */
const notAllowed = {
  jsonrpc: '2.0',
  error: { code: -32000, message: 'Method not allowed: this MCP server is stateless, send POST requests' },
  id: null,
};

/**
 * Whether a request may reach the MCP server. Agents call it from programs, which send no Origin; a
 * browser always does, so a page (or a DNS-rebinding attack on a server left without a token) is refused
 * unless its origin is one CORS_ORIGINS names, as the MCP transport specification asks.
 */
const originAllowed = (origin: string | undefined, allowed: string[]): boolean =>
  origin === undefined || allowed.includes(origin);

/**
 * MCP over Streamable HTTP at /mcp, stateless: every POST gets a fresh server and transport and answers
 * in plain JSON, so nothing is kept between requests and any server sharing the store can answer any
 * request (see docs/mcp.md). The token check happens before this, with the rest of the API's.
 */
export function mcpRoutes(context: McpContext, limits: { maxBodyBytes: number; corsOrigins: string[] }) {
  return new Hono()
    .use('*', async (c, next) => {
      if (originAllowed(c.req.header('Origin'), limits.corsOrigins)) return next();
      return c.json({ error: 'Browsers may call /mcp only from an origin CORS_ORIGINS names' }, 403);
    })
    .post('/', async (c) => {
      // The MCP SDK and the JSON Schema validator it brings load with the first request, not at every
      // server start (docs/decisions.md, "Parsing libraries load on first use").
      const [{ WebStandardStreamableHTTPServerTransport }, { createMcpServer }] = await Promise.all([
        import('@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'),
        import('./mcp-server.ts'),
      ]);
      const transport = new WebStandardStreamableHTTPServerTransport({
        enableJsonResponse: true,
        maxRequestBodySize: limits.maxBodyBytes,
      });
      const server = createMcpServer(context);
      await server.connect(transport);
      try {
        return await transport.handleRequest(c.req.raw);
      } finally {
        await server.close();
      }
    })
    .on(['GET', 'DELETE'], '/', (c) => c.json(notAllowed, 405, { Allow: 'POST' }));
}
