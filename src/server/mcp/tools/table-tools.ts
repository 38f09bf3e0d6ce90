import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { ListTablesQuery } from '../../../contract/tables.ts';
import { listTables } from '../../services/tables/tables.ts';
import type { McpContext } from '../mcp-context.ts';
import { tableSchema } from '../table-schema.ts';
import { toolResult } from '../tool-result.ts';

export const TableId = z.string().describe('The table id, from list_tables');

/** list_tables and describe_table: what an agent reads first. */
export function registerTableTools(server: McpServer, { store, logger }: McpContext): void {
  server.registerTool(
    'list_tables',
    {
      title: 'List tables',
      description:
        'The tables on this server: id, name, description, row count. Optionally narrowed by a name search.',
      inputSchema: ListTablesQuery.shape,
      annotations: { readOnlyHint: true },
    },
    (query) =>
      toolResult(logger, 'list_tables', async () =>
        (await listTables(store, query)).map(({ id, name, description, projectId, source, rowCount }) => ({
          id,
          name,
          description,
          projectId,
          source,
          rowCount,
        })),
      ),
  );
  server.registerTool(
    'describe_table',
    {
      title: 'Describe a table',
      description:
        "A table's columns (name, data type, required, settings; for AI columns the prompt, output format, labels and model) " +
        'and the status of its AI work. Rows are read and written with these column names.',
      inputSchema: { tableId: TableId },
      annotations: { readOnlyHint: true },
    },
    ({ tableId }) => toolResult(logger, 'describe_table', () => tableSchema(store, tableId)),
  );
}
