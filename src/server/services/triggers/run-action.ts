import type { RowData } from '../../../contract/rows.ts';
import {
  CreateTaskConfig,
  RunWorkflowConfig,
  type Trigger,
  type TriggerEventBody,
  WebhookConfig,
} from '../../../contract/triggers.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import type { Providers } from '../ai/providers.ts';
import type { RowAccess } from '../rows/row-access.ts';
import type { Store } from '../store/store.ts';
import { createTask } from './actions/create-task.ts';
import { runWorkflow } from './actions/run-workflow.ts';
import { deliverWebhook } from './actions/webhook.ts';
import { openActionConfig } from './webhook-secrets.ts';

/**
 * What actions need beyond the event: the store, rows written as every caller writes them (so table
 * maintenance counts them), the AI providers runs are checked against, the secrets' key.
 */
export interface ActionContext {
  store: Store;
  rows: RowAccess;
  providers: Providers;
  secrets: SecretBox;
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
      return deliverWebhook(
        WebhookConfig.parse(openActionConfig(context.secrets, trigger.actionConfig)),
        body,
        webhookTimeoutMs,
      );
    case 'create_task':
      await createTask(context, trigger, CreateTaskConfig.parse(trigger.actionConfig), row, chain);
      return;
    case 'run_workflow':
      await runWorkflow(context, trigger, RunWorkflowConfig.parse(trigger.actionConfig), body.row.id);
      return;
  }
}
