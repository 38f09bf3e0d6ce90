import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { AiConfigFields } from '../../../contract/ai/config.ts';
import { ColumnName, DisplayName } from '../../../contract/columns.ts';
import { RunInput } from '../../../contract/runs.ts';
import { addColumn } from '../../services/columns/columns.ts';
import { cellColumn, cellDetail } from '../../services/engine/cell-detail.ts';
import { getRun, listRuns, startRun } from '../../services/engine/runs.ts';
import { tableStatus } from '../../services/engine/table-status.ts';
import type { McpContext } from '../mcp-context.ts';
import { toolResult } from '../tool-result.ts';
import { TableId } from './table-tools.ts';

/** How many recent runs get_run_status lists when no run is named. */
const RECENT_RUNS = 5;

/** add_ai_column, run_columns, get_run_status, get_cell: AI work, which the server does in the background. */
export function registerAiTools(server: McpServer, { store, providers, logger }: McpContext): void {
  server.registerTool(
    'add_ai_column',
    {
      title: 'Add an AI column',
      description:
        'Adds a column an AI model fills for every row from a prompt. Name other columns in the prompt as {column_name}. ' +
        'Nothing runs until run_columns (or autoRun for new and changed rows).',
      inputSchema: {
        tableId: TableId,
        name: ColumnName,
        displayName: DisplayName.optional(),
        ...AiConfigFields,
      },
    },
    ({ tableId, name, displayName, ...config }) =>
      toolResult(logger, 'add_ai_column', () =>
        addColumn(store, tableId, { name, displayName: displayName ?? name, dataType: 'ai', config }),
      ),
  );
  server.registerTool(
    'run_columns',
    {
      title: 'Run AI columns',
      description:
        'Queues AI cells to be filled (by default the empty cells of every AI column) and answers at once with the run id; ' +
        'the server works in the background. Follow it with get_run_status.',
      inputSchema: { tableId: TableId, ...RunInput.shape },
    },
    ({ tableId, ...input }) =>
      toolResult(logger, 'run_columns', () => startRun(store, providers, tableId, input, 'mcp')),
  );
  server.registerTool(
    'get_run_status',
    {
      title: 'Read run status',
      description:
        "A run's progress (cells queued, done, failed; tokens) and the table's AI status (run_status is idle when nothing " +
        `is left to do). Without a runId, the ${RECENT_RUNS} most recent runs.`,
      inputSchema: { tableId: TableId, runId: z.string().optional().describe('From run_columns') },
      annotations: { readOnlyHint: true },
    },
    ({ tableId, runId }) =>
      toolResult(logger, 'get_run_status', async () => {
        const table = await store.tables.get(tableId);
        const runs = runId
          ? { run: await getRun(store, tableId, runId) }
          : { runs: await listRuns(store, tableId, RECENT_RUNS) };
        return { ...runs, table: await tableStatus(store, table) };
      }),
  );
  server.registerTool(
    'get_cell',
    {
      title: 'Read cell details',
      description:
        "One AI cell: status, value, error, the prompt as sent, the model's raw answer, model, tokens, latency and attempts.",
      inputSchema: {
        tableId: TableId,
        rowId: z.string(),
        column: z.string().describe('The AI column, by name'),
      },
      annotations: { readOnlyHint: true },
    },
    ({ tableId, rowId, column }) =>
      toolResult(logger, 'get_cell', async () => {
        const table = await store.tables.get(tableId);
        return cellDetail(store, table, rowId, cellColumn(table, column));
      }),
  );
}
