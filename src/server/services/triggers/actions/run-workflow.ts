import { sql } from 'drizzle-orm';
import type { RunWorkflowConfig } from '../../../../contract/triggers.ts';
import type { Providers } from '../../ai/providers.ts';
import { startRun } from '../../engine/runs.ts';
import { queueEnrichment } from '../../enrich/execute.ts';
import { savedEnrichment } from '../../enrich/saved-plans.ts';
import { NotFoundError, ValidationError } from '../../store/errors.ts';
import type { Store } from '../../store/store.ts';
import { ActionError } from './action-error.ts';

/**
 * Runs the chosen AI columns on the row that fired the trigger: a run of origin "trigger" that the
 * engine works through like any other (its cells queue, fill and show their status in the grid); with
 * a workflow id, that enrichment's plan runs again on the row. Cells that already hold a value are left
 * as they are, so a trigger firing again on the same row does not pay for the same answers twice.
 */
export async function runWorkflow(
  context: { store: Store; providers: Providers },
  trigger: { name: string; tableId: string },
  config: RunWorkflowConfig,
  rowId: string,
): Promise<void> {
  const createdBy = `trigger:${trigger.name}`.slice(0, 256);
  try {
    if (config.workflowId)
      await enrichRow(context.store, trigger.tableId, config.workflowId, rowId, createdBy);
    if (config.columns) {
      await startRun(
        context.store,
        context.providers,
        trigger.tableId,
        { columns: config.columns, rowIds: [rowId], mode: 'missing' },
        'trigger',
        createdBy,
      );
    }
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ActionError(`${error.message}: ${error.details.map((d) => d.message).join('; ')}`, false);
    if (error instanceof NotFoundError) throw new ActionError(error.message, false);
    throw error;
  }
}

/** Runs a saved enrichment's plan on one row (if its target is still empty there). */
async function enrichRow(
  store: Store,
  tableId: string,
  workflowId: string,
  rowId: string,
  createdBy: string,
) {
  const table = await store.tables.get(tableId);
  const saved = await savedEnrichment(store, table, workflowId);
  if ('error' in saved) throw new ActionError(saved.error, false);
  await queueEnrichment(store, table, saved.target, saved.plan, {
    rows: sql`r.id = ${rowId}`,
    name: saved.name,
    batchSize: saved.batchSize,
    createdBy,
  });
}
