import type { RowData } from '../../../contract/rows.ts';
import {
  CreateTaskConfig,
  type Trigger,
  type TriggerEventBody,
  WebhookConfig,
} from '../../../contract/triggers.ts';
import type { Store } from '../store.ts';
import { ActionError } from './actions/action-error.ts';
import { createTask } from './actions/create-task.ts';
import { deliverWebhook } from './actions/webhook.ts';

/** What actions need beyond the event: the store, and the AI engine's runner once it exists. */
export interface ActionContext {
  store: Store;
}

/** Runs a trigger's action for one event; throws (an ActionError saying whether to retry) when it fails. */
export async function runAction(
  context: ActionContext,
  trigger: Trigger,
  body: TriggerEventBody,
  row: RowData,
  chain: readonly string[],
  webhookTimeoutMs: number,
): Promise<void> {
  switch (trigger.actionType) {
    case 'webhook':
      return deliverWebhook(WebhookConfig.parse(trigger.actionConfig), body, webhookTimeoutMs);
    case 'create_task':
      await createTask(context.store, trigger, CreateTaskConfig.parse(trigger.actionConfig), row, chain);
      return;
    case 'run_workflow':
      throw new ActionError(
        'Running AI columns from a trigger needs the AI engine, which this server does not have yet',
        false,
      );
  }
}
