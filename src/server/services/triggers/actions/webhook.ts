import type { TriggerEventBody, WebhookConfig } from '../../../../contract/triggers.ts';
import { OutboundError, postJson } from '../../../net/outbound.ts';
import { ActionError } from './action-error.ts';

/** POSTs the event to the trigger's URL; a failure says whether a retry may help. */
export async function deliverWebhook(
  config: WebhookConfig,
  body: TriggerEventBody,
  timeoutMs: number,
): Promise<void> {
  try {
    await postJson(config.url, body, { ...(config.headers && { headers: config.headers }), timeoutMs });
  } catch (error) {
    if (error instanceof OutboundError) throw new ActionError(error.message, error.retryable);
    throw error;
  }
}
