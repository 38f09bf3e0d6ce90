import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { RowData } from '../../../contract/rows.ts';
import { queryRows } from '../../db/database.ts';
import { languageModel } from '../ai/language-model.ts';
import type { Providers } from '../ai/providers.ts';
import type { ContactProviders } from '../contacts/contact-providers.ts';
import { type PlanPrompt, planPrompt, type StoredPlan } from '../enrich/plan-prompts.ts';
import { targetColumn } from '../enrich/target.ts';
import { prepareKindCell } from '../kinds/prepare-kind-cell.ts';
import { columnExamples, type ExampleChooser } from '../learning/choose-examples.ts';
import { withExamples } from '../learning/examples-prompt.ts';
import { decodeRow, type StoredRow, selectList } from '../rows/row-codec.ts';
import { NotFoundError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { cellPrompt } from './cell-prompt.ts';
import type { ClaimedCell } from './claim.ts';
import { inputsOf } from './dependencies.ts';
import { hasNothingToRead } from './nothing-to-read.ts';
import { type PreparedCell, promptCell, researchScope, type UnpreparedCell } from './prepared-cell.ts';
import { planKey } from './request-key.ts';
import { runPlans } from './run-plans.ts';

export type { CellJob, PreparedCell, UnpreparedCell } from './prepared-cell.ts';

/**
 * Turns claimed cells into calls: loads their rows (one query per table), checks that the AI cells they
 * read have succeeded, renders their prompts and resolves provider and model.
 */
export async function prepareCells(
  store: Store,
  providers: Providers,
  cells: ClaimedCell[],
  options: { webSearch: boolean; contacts?: ContactProviders },
): Promise<Array<PreparedCell | UnpreparedCell>> {
  const byTable = new Map<string, ClaimedCell[]>();
  for (const cell of cells) byTable.set(cell.tableId, [...(byTable.get(cell.tableId) ?? []), cell]);
  const results: Array<PreparedCell | UnpreparedCell> = [];
  for (const [tableId, group] of byTable) {
    // Only a table that is gone fails its cells; a store that cannot answer (a restart) fails the claim,
    // and its cells go back to the queue when their lease ends.
    const table = await store.tables.get(tableId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (!table) {
      results.push(...group.map((cell) => ({ cell, error: 'The table was deleted' })));
      continue;
    }
    results.push(...(await prepareTable(store, providers, table, group, options)));
  }
  return results;
}

async function prepareTable(
  store: Store,
  providers: Providers,
  table: TableMeta,
  cells: ClaimedCell[],
  options: { webSearch: boolean; contacts?: ContactProviders },
): Promise<Array<PreparedCell | UnpreparedCell>> {
  const ids = `{${[...new Set(cells.map((cell) => cell.rowId))].join(',')}}`;
  const stored = await queryRows<StoredRow>(
    store.db,
    sql`SELECT ${sql.raw(selectList(table.columns))} FROM ${sql.raw(`"${table.storageName}"`)} WHERE id = ANY(${ids}::uuid[])`,
  );
  const rows = new Map(stored.map((row) => [row.id, decodeRow(table.id, table.columns, row)]));
  // Only columns reading other AI columns need to know how those cells stand.
  const readsAi = cells.some((cell) => {
    const column = table.columns.find((candidate) => candidate.id === cell.columnId);
    return column
      ? inputsOf(column, table.columns).some(
          (name) => table.columns.find((c) => c.name === name)?.dataType === 'ai',
        )
      : false;
  });
  const states = readsAi
    ? await queryRows<{ row_id: string; column_id: string; status: string; error: string | null }>(
        store.db,
        sql`SELECT row_id, column_id, status, error FROM ai_cells WHERE row_id = ANY(${ids}::uuid[])`,
      )
    : [];
  const stateOf = new Map(states.map((state) => [`${state.row_id}:${state.column_id}`, state]));
  const plans = await runPlans(
    store.db,
    cells.flatMap((cell) => (cell.runId ? [cell.runId] : [])),
  );
  const choosers = new Map<string, Promise<ExampleChooser>>();
  const examplesOf = (column: ColumnMeta) =>
    choosers.get(column.id) ??
    choosers.set(column.id, columnExamples(store.db, table, column)).get(column.id)!;
  const results: Array<PreparedCell | UnpreparedCell> = [];
  for (const cell of cells) {
    const column = table.columns.find((candidate) => candidate.id === cell.columnId);
    const row = rows.get(cell.rowId);
    if (!row) {
      results.push({ cell, error: 'The row was deleted' });
      continue;
    }
    const plan = cell.runId ? plans.get(cell.runId) : undefined;
    if (column && plan) {
      results.push(await preparePlanCell(providers, table, column, cell, plan, row.data));
      continue;
    }
    if (column?.dataType !== 'ai') {
      results.push({ cell, error: 'The column is no longer an AI column' });
      continue;
    }

    const aiInputs = inputsOf(column, table.columns).flatMap((name) => {
      const input = table.columns.find((candidate) => candidate.name === name);
      return input?.dataType === 'ai' ? [{ name, state: stateOf.get(`${cell.rowId}:${input.id}`) }] : [];
    });
    const failedInput = aiInputs.find(({ state }) => state?.status === 'failed');
    if (failedInput) {
      const { name, state } = failedInput;
      results.push({ cell, error: `Its input {${name}} failed${state?.error ? `: ${state.error}` : ''}` });
      continue;
    }
    // Inputs emptied since it was queued, or AI inputs that came back empty: nothing to ask about.
    if (hasNothingToRead(column, table.columns, row.data)) {
      results.push({ cell, waiting: true });
      continue;
    }
    const unanswered = aiInputs.find(({ name, state }) => row.data[name] == null && state?.status !== 'done');
    if (unanswered) {
      results.push({
        cell,
        error: `Its input {${unanswered.name}} has no answer yet: run that column first`,
      });
      continue;
    }
    const kindCell = await prepareKindCell(
      { store, providers, webSearch: options.webSearch, contacts: options.contacts },
      table,
      column,
      cell,
      row.data,
    );
    if (kindCell) {
      results.push(kindCell);
      continue;
    }
    // Learning: the column's verified answers most like this row go with the prompt.
    const examples = (await examplesOf(column))(cell.rowId, row.data);
    const prompt = withExamples(cellPrompt(column, table.columns, row.data), examples, column);
    results.push(
      await promptCell(providers, column, cell, prompt, researchScope(column.config, options.webSearch)),
    );
  }
  return results;
}

/** An enrichment's cell: the run's plan rendered for the row, on the default model. */
async function preparePlanCell(
  providers: Providers,
  table: TableMeta,
  column: ColumnMeta,
  cell: ClaimedCell,
  plan: StoredPlan,
  data: RowData,
): Promise<PreparedCell | UnpreparedCell> {
  const resolved = await providers.resolve({ provider: plan.provider, model: plan.model });
  if ('error' in resolved) return { cell, error: resolved.error };
  let prompt: PlanPrompt;
  try {
    prompt = planPrompt(plan, table, targetColumn(table, column.name), data);
  } catch (error) {
    return { cell, error: (error as Error).message };
  }
  const inputHash = createHash('sha1')
    .update(`${resolved.model}\n${prompt.system}\n${JSON.stringify(plan.steps)}\n${JSON.stringify(data)}`)
    .digest('hex');
  const target = { providerId: resolved.provider.id, model: resolved.model, research: null };
  return {
    cell,
    job: { kind: 'plan', plan: prompt },
    model: languageModel(resolved.provider, resolved.model),
    providerId: resolved.provider.id,
    modelName: resolved.model,
    inputHash,
    research: false,
    answerKey: planKey(target, inputHash, prompt.answer.jsonSchema),
  };
}
