import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { listTables } from '../services/tables/tables.ts';
import type { McpContext } from './mcp-context.ts';
import { tableSchema } from './table-schema.ts';

const schemaUri = (tableId: string) => `aitables://tables/${tableId}/schema`;

/** One resource per table, its schema (as describe_table answers), so a client can attach it as context. */
export function registerTableResources(server: McpServer, { store }: McpContext): void {
  server.registerResource(
    'table-schema',
    new ResourceTemplate(schemaUri('{tableId}'), {
      list: async () => ({
        resources: (await listTables(store, {})).map((table) => ({
          uri: schemaUri(table.id),
          name: `${table.name} (schema)`,
          description: table.description ?? `Columns of the table ${table.name}`,
          mimeType: 'application/json',
        })),
      }),
    }),
    {
      title: 'Table schema',
      description: "A table's columns with their types and AI settings, and its AI status",
      mimeType: 'application/json',
    },
    async (uri, { tableId }) => ({
      contents: [
        {
          uri: uri.href,
          mimeType: 'application/json',
          text: JSON.stringify(await tableSchema(store, String(tableId)), null, 1),
        },
      ],
    }),
  );
}
