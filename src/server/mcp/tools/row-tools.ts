import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { dataTypes } from '../../../contract/data-types/index.ts';
import {
  DEFAULT_PAGE_SIZE,
  FilterSpec,
  MAX_BATCH_ROWS,
  MAX_FILTERS,
  MAX_PAGE_SIZE,
  MAX_SORTS,
  RowData,
  SortSpec,
} from '../../../contract/rows.ts';
import { updateRow } from '../../services/rows/row-writes.ts';
import { getRow } from '../../services/rows/rows.ts';
import type { Store } from '../../services/store/store.ts';
import { MCP_ACTOR, type McpContext } from '../mcp-context.ts';
import { toolResult } from '../tool-result.ts';
import { TableId } from './table-tools.ts';

/** Most rows one update_rows call changes: each is its own write, so fewer than an insert batch. */
const MAX_UPDATES = 100;

const RowChange = z.object({
  rowId: z.string(),
  data: RowData.describe('Only the columns to change, by name; the others keep their values'),
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The row version you read: a field someone else changed since is reported as a conflict'),
});

/**
 * Changes the named fields of a row. PATCH replaces a row's data, so the other writable fields are sent
 * as read (computed ones cannot be sent); against the version read, only the named fields count as edits.
 */
async function updateFields(store: Store, tableId: string, change: z.infer<typeof RowChange>) {
  const table = await store.tables.get(tableId);
  const current = await getRow(store, table, change.rowId);
  const kept = table.columns
    .filter((column) => dataTypes[column.dataType].writable)
    .map((column) => [column.name, current.data[column.name]]);
  return updateRow(
    store,
    tableId,
    change.rowId,
    { data: { ...Object.fromEntries(kept), ...change.data }, updatedBy: MCP_ACTOR },
    change.version ?? current.version,
  );
}

/** query_rows, add_rows, update_rows: the same filters, sorts and checks as the REST API. */
export function registerRowTools(server: McpServer, { store, rows, logger }: McpContext): void {
  server.registerTool(
    'query_rows',
    {
      title: 'Query rows',
      description:
        'Rows of a table with filters (ANDed), sorts (first key first), a quick text search and paging. ' +
        'Answers { total, rows }: total counts every matching row, rows is one page; each row has id, version, ' +
        'data (values by column name) and, for AI columns, the cell states.',
      inputSchema: {
        tableId: TableId,
        filters: z.array(FilterSpec).max(MAX_FILTERS).optional(),
        sorts: z.array(SortSpec).max(MAX_SORTS).optional(),
        search: z.string().max(256).optional().describe('Rows where any column contains this text'),
        limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
        offset: z.number().int().min(0).default(0),
      },
      annotations: { readOnlyHint: true },
    },
    ({ tableId, ...query }) =>
      toolResult(logger, 'query_rows', async () => {
        const page = await rows.page(tableId, query);
        // The page is JSON already (and cached as such): wrapped, not parsed again.
        return `{"total":${page.total},"offset":${query.offset},"rows":${page.body}}`;
      }),
  );
  server.registerTool(
    'add_rows',
    {
      title: 'Add rows',
      description: `Adds 1-${MAX_BATCH_ROWS} rows, all or none; values are checked against their column types. AI columns set to run automatically start on them.`,
      inputSchema: { tableId: TableId, rows: z.array(RowData).min(1).max(MAX_BATCH_ROWS) },
    },
    ({ tableId, rows: data }) =>
      toolResult(logger, 'add_rows', async () => {
        const added = await rows.insert(tableId, {
          rows: data.map((values) => ({ data: values, createdBy: MCP_ACTOR })),
        });
        return added.map(({ id, version, data: values }) => ({ id, version, data: values }));
      }),
  );
  server.registerTool(
    'update_rows',
    {
      title: 'Update rows',
      description:
        `Changes some columns of up to ${MAX_UPDATES} rows, one after another. Writing an AI cell keeps your value ` +
        'and locks it against reruns. Stops at the first row that fails, saying which rows were changed before it.',
      inputSchema: { tableId: TableId, rows: z.array(RowChange).min(1).max(MAX_UPDATES) },
    },
    ({ tableId, rows: changes }) =>
      toolResult(logger, 'update_rows', async () => {
        const updated = [];
        for (const change of changes) {
          try {
            const row = await updateFields(store, tableId, change);
            updated.push({ id: row.id, version: row.version, data: row.data });
          } catch (error) {
            // The message says which row failed, and what was already written before it.
            if (error instanceof Error)
              error.message = `Row ${change.rowId}: ${error.message}${updated.length > 0 ? ` (rows updated before it: ${updated.map((row) => row.id).join(', ')})` : ''}`;
            throw error;
          }
        }
        return updated;
      }),
  );
}
