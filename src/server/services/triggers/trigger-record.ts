import type {
  Trigger,
  TriggerAction,
  TriggerCondition,
  TriggerEvent,
  TriggerStatus,
} from '../../../contract/triggers.ts';
import type { triggers } from '../../db/schema.ts';
import { hideActionConfig } from './webhook-secrets.ts';

type TriggerRecord = typeof triggers.$inferSelect;

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/**
 * A stored trigger's action as stored (webhook headers sealed). Its config was checked against its
 * action type when it was written (check-trigger.ts), so it is that type's config.
 */
export const storedAction = (record: TriggerRecord): TriggerAction =>
  ({ actionType: record.actionType, actionConfig: record.actionConfig }) as TriggerAction;

/** A stored trigger as the API returns it: webhook header values hidden. */
export function toTrigger(record: TriggerRecord): Trigger {
  const action = storedAction(record);
  return {
    id: record.id,
    tableId: record.tableId,
    name: record.name,
    triggerEvent: record.triggerEvent as TriggerEvent,
    condition: (record.condition as TriggerCondition | null) ?? null,
    ...(action.actionType === 'webhook'
      ? { actionType: 'webhook', actionConfig: hideActionConfig(action.actionConfig) }
      : action),
    status: record.status as TriggerStatus,
    fireCount: Number(record.fireCount),
    lastFiredAt: iso(record.lastFiredAt),
    lastError: record.lastError,
    lastErrorAt: iso(record.lastErrorAt),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
