import type {
  Trigger,
  TriggerActionType,
  TriggerCondition,
  TriggerEvent,
  TriggerStatus,
} from '../../../contract/triggers.ts';
import type { triggers } from '../../db/schema.ts';
import { hideActionConfig } from './webhook-secrets.ts';

type TriggerRecord = typeof triggers.$inferSelect;

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** A stored trigger as the API returns it: webhook header values hidden. */
export function toTrigger(record: TriggerRecord): Trigger {
  return {
    id: record.id,
    tableId: record.tableId,
    name: record.name,
    triggerEvent: record.triggerEvent as TriggerEvent,
    condition: (record.condition as TriggerCondition | null) ?? null,
    actionType: record.actionType as TriggerActionType,
    actionConfig: hideActionConfig(record.actionConfig as Record<string, unknown>),
    status: record.status as TriggerStatus,
    fireCount: Number(record.fireCount),
    lastFiredAt: iso(record.lastFiredAt),
    lastError: record.lastError,
    lastErrorAt: iso(record.lastErrorAt),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
