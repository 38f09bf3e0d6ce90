import type { RunWorkflowConfig } from '../../../../contract/triggers.ts';
import type { Providers } from '../../ai/providers.ts';
import { startRun } from '../../engine/runs.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import type { Store } from '../../store.ts';
import { ActionError } from './action-error.ts';

/**
 * Runs the chosen AI columns on the row that fired the trigger: a run of origin "trigger" that the
 * engine works through like any other (its cells queue, fill and show their status in the grid). Cells
 * that already hold a value are left as they are (mode "missing"), so a trigger firing again on the same
 * row does not pay for the same answers twice.
 */
export async function runWorkflow(
  context: { store: Store; providers: Providers },
  trigger: { name: string; tableId: string },
  config: RunWorkflowConfig,
  rowId: string,
): Promise<void> {
  if (!config.columns)
    throw new ActionError(
      'Saved workflows (enrichment plans) cannot be run yet: name the AI columns to run',
      false,
    );
  try {
    await startRun(
      context.store,
      context.providers,
      trigger.tableId,
      { columns: config.columns, rowIds: [rowId], mode: 'missing' },
      'trigger',
      `trigger:${trigger.name}`.slice(0, 256),
    );
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ActionError(`${error.message}: ${error.details.map((d) => d.message).join('; ')}`, false);
    if (error instanceof NotFoundError) throw new ActionError(error.message, false);
    throw error;
  }
}
