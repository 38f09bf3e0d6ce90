import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { CreateExtractTableInput, ExtractColumn } from '../../../contract/extract.ts';
import { createJob, listJobs } from '../../services/extract/jobs.ts';
import { createSchema } from '../../services/extract/schemas.ts';
import { NotFoundError } from '../../services/store/errors.ts';
import type { McpContext } from '../mcp-context.ts';
import { toolResult } from '../tool-result.ts';
import { TableId } from './table-tools.ts';

/** What extract_table takes: the fields, then pasted text or web addresses (uploads need the HTTP API). */
const ExtractTableArgs = {
  ...CreateExtractTableInput.pick({
    name: true,
    source_text: true,
    file_urls: true,
    additional_context: true,
    enhancement_context: true,
    model: true,
    project_id: true,
  }).shape,
  columns: z
    .array(ExtractColumn)
    .min(1)
    .max(200)
    .describe('The fields of each item found: key (snake_case), label, type, required, description'),
};

/** extract_table and get_extraction: tables filled from text and web pages, as the app's "From documents". */
export function registerExtractTools(server: McpServer, { store, logger, extract }: McpContext): void {
  server.registerTool(
    'extract_table',
    {
      title: 'Make a table from text or web pages',
      description:
        'Creates a table with one row per item the text or the pages describe (products in a price list, people in an ' +
        'email thread), one column per field. Give exactly one of source_text and file_urls. Answers at once with the ' +
        'table id (table_id); the server extracts in the background: follow it with get_extraction.',
      inputSchema: ExtractTableArgs,
    },
    ({ columns, ...input }) =>
      toolResult(logger, 'extract_table', async () => {
        const schema = await createSchema(store, { name: input.name, columns });
        const job = await createJob(store, extract.secrets, { ...input, schema_id: schema.id });
        extract.wake();
        return job;
      }),
  );
  server.registerTool(
    'get_extraction',
    {
      title: 'Read extraction progress',
      description:
        "The extraction filling a table: status (processing, completed, failed), progress 0-100, rows so far, each source's pages or error.",
      inputSchema: { tableId: TableId },
      annotations: { readOnlyHint: true },
    },
    ({ tableId }) =>
      toolResult(logger, 'get_extraction', async () => {
        const [job] = await listJobs(store, { tableId });
        if (!job) throw new NotFoundError('No extraction fills this table');
        return job;
      }),
  );
}
