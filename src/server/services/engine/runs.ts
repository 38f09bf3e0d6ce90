import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { isAiColumn } from '../../../contract/column-of.ts';
import type { ErrorDetail } from '../../../contract/errors.ts';
import type { FilterSpec } from '../../../contract/rows.ts';
import type { Run, RunInput, RunStarted } from '../../../contract/runs.ts';
import { RunInput as RunInputSchema } from '../../../contract/runs.ts';
import { queryRows } from '../../db/database.ts';
import { aiRuns } from '../../db/schema.ts';
import type { Providers } from '../ai/providers.ts';
import { aiDepths } from '../prompts/dependencies.ts';
import { whereClause } from '../rows/row-query.ts';
import { NotFoundError, ValidationError } from '../store/errors.ts';
import { isUuid, newId } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import type { AiColumnMeta, TableMeta } from '../store/table-meta.ts';
import { nothingToRead } from './nothing-to-read.ts';
import { type QueueCells, queueCellsStatement } from './queue-cells.ts';
import { checkBudget, runLeft, storedBudget } from './run-pause.ts';
import { type RunRecord, toRun } from './run-record.ts';

/** What started a run: the web app, another API client, a trigger, an enrichment. */
export type RunOrigin = 'app' | 'api' | 'trigger' | 'enrich' | 'mcp';

/** The AI columns a run names (by name or id), or all of them; 400 for names that are not AI columns. */
function chosenColumns(table: TableMeta, names: string[] | undefined): AiColumnMeta[] {
  const ai = table.columns.filter(isAiColumn);
  if (!names) return ai;
  const errors: ErrorDetail[] = [];
  const chosen = names.flatMap((name, index) => {
    const column = table.columns.find((candidate) => candidate.name === name || candidate.id === name);
    if (!column) errors.push({ path: `columns[${index}]`, message: `Unknown column "${name}"` });
    else if (column.dataType !== 'ai')
      errors.push({ path: `columns[${index}]`, message: `"${name}" is not an AI column` });
    return column && isAiColumn(column) ? [column] : [];
  });
  if (errors.length > 0) throw new ValidationError('Invalid run', errors);
  return [...new Set(chosen)];
}

/** 400 when a column's calls have nowhere to go, with what to configure. */
async function checkProviders(providers: Providers, columns: AiColumnMeta[]): Promise<void> {
  const errors: ErrorDetail[] = [];
  for (const column of columns) {
    const resolved = await providers.resolve(column.config);
    if ('error' in resolved) errors.push({ path: `columns.${column.name}`, message: resolved.error });
  }
  if (errors.length > 0) throw new ValidationError(errors[0]?.message ?? 'No AI provider', errors);
}

/** What a run covers: its columns, shallowest first, and its rows as a condition on `r`. */
export interface RunScope {
  table: TableMeta;
  input: ReturnType<typeof RunInputSchema.parse>;
  columns: AiColumnMeta[];
  rows: SQL;
  depths: Map<string, number>;
}

/** The columns and rows a run input names; 400 when there is nothing to run or nowhere to call. */
export async function runScope(
  store: Store,
  providers: Providers,
  tableId: string,
  given: RunInput,
): Promise<RunScope> {
  const input = RunInputSchema.parse(given);
  const table = await store.tables.get(tableId);
  const columns = chosenColumns(table, input.columns);
  if (columns.length === 0) {
    throw new ValidationError('This table has no AI columns to run', [
      { path: 'columns', message: 'Add an AI column first' },
    ]);
  }
  await checkProviders(providers, columns);
  const filters: FilterSpec[] = input.filter
    ? Array.isArray(input.filter)
      ? input.filter
      : [input.filter]
    : [];
  const where = whereClause(table.columns, filters);
  const ids = input.rowIds?.filter(isUuid);
  const rows = ids ? sql`${where} AND r.id = ANY(${`{${ids.join(',')}}`}::uuid[])` : where;
  const depths = aiDepths(table.columns);
  const ordered = [...columns].sort((a, b) => (depths.get(a.name) ?? 0) - (depths.get(b.name) ?? 0));
  return { table, input, columns: ordered, rows, depths };
}

/** The queueing of one column of a run (or of its estimate: the same cells). */
export const columnQueue = (scope: RunScope, column: AiColumnMeta, runId: string | null): QueueCells => ({
  table: scope.table,
  column,
  depth: scope.depths.get(column.name) ?? 0,
  runId,
  mode: scope.input.mode,
  rows: scope.rows,
  overwrite: scope.input.overwrite ?? false,
  waitWhen: nothingToRead(column, scope.table.columns),
});

/**
 * Queues the chosen AI cells and records the run: 202 material. Cells of columns that read other AI
 * columns wait, row by row, for those to finish (their depth). The engine claims them from the queue.
 */
export async function startRun(
  store: Store,
  providers: Providers,
  tableId: string,
  given: RunInput,
  origin: RunOrigin = 'api',
  createdBy: string | null = null,
): Promise<RunStarted> {
  const scope = await runScope(store, providers, tableId, given);
  const { input, columns: ordered } = scope;
  await checkBudget(providers, ordered, input.budget);
  const runId = newId();
  const { total, waiting } = await store.db.transaction(async (tx) => {
    await advanceTableVersion(store, tx, tableId);
    let total = 0;
    let waiting = 0;
    for (const column of ordered) {
      const statement = queueCellsStatement(columnQueue(scope, column, runId));
      const [counts] = await queryRows<{ n: number; waiting: number }>(tx, statement);
      total += counts?.n ?? 0;
      waiting += counts?.waiting ?? 0;
    }
    await tx.insert(aiRuns).values({
      id: runId,
      tableId,
      columnIds: ordered.map((column) => column.id),
      mode: input.mode,
      status: total > 0 ? 'running' : 'completed',
      origin,
      cellsQueued: total,
      createdBy,
      finishedAt: total > 0 ? null : new Date(),
      ...storedBudget(input.budget),
    });
    return { total, waiting };
  });
  return { runId, cellsQueued: total, cellsWaiting: waiting };
}

/** The table's recent runs, newest first. */
export async function listRuns(store: Store, tableId: string, limit: number): Promise<Run[]> {
  const table = await store.tables.get(tableId);
  const records = await store.db
    .select()
    .from(aiRuns)
    .where(eq(aiRuns.tableId, tableId))
    .orderBy(desc(aiRuns.createdAt), desc(aiRuns.id))
    .limit(limit);
  return Promise.all(records.map(async (record) => toRun(record, table, await runLeft(store, record))));
}

/** One run of a table as stored; "Run not found" otherwise. */
export async function runRecord(store: Store, tableId: string, runId: string): Promise<RunRecord> {
  const [record] = isUuid(runId)
    ? await store.db
        .select()
        .from(aiRuns)
        .where(and(eq(aiRuns.id, runId), eq(aiRuns.tableId, tableId)))
    : [];
  if (!record) throw new NotFoundError('Run not found');
  return record;
}

/** One run of a table; "Run not found" otherwise. */
export async function getRun(store: Store, tableId: string, runId: string): Promise<Run> {
  const table = await store.tables.get(tableId);
  const record = await runRecord(store, tableId, runId);
  return toRun(record, table, await runLeft(store, record));
}
