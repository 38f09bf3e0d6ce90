import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { McpContext } from './mcp-context.ts';
import { registerTableResources } from './table-resources.ts';
import { registerAiTools } from './tools/ai-tools.ts';
import { registerExtractTools } from './tools/extract-tools.ts';
import { registerRowTools } from './tools/row-tools.ts';
import { registerTableTools } from './tools/table-tools.ts';

const INSTRUCTIONS =
  'AI Tables: spreadsheets whose AI columns an AI model fills row by row. Start with list_tables and ' +
  'describe_table; name columns by their name. AI work runs on the server in the background: run_columns ' +
  'answers at once, then poll get_run_status until the table is idle. extract_table makes a table from text or ' +
  'web pages, one row per item found; poll get_extraction until it is completed.';

/** The MCP server: tools and resources over the services, one instance per request (see mcp-route.ts). */
export function createMcpServer(context: McpContext): McpServer {
  const server = new McpServer({ name: 'ai-tables', version: '0.1.0' }, { instructions: INSTRUCTIONS });
  registerTableTools(server, context);
  registerRowTools(server, context);
  registerAiTools(server, context);
  registerExtractTools(server, context);
  registerTableResources(server, context);
  return server;
}
