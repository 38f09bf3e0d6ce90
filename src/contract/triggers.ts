import { z } from 'zod';
import { FilterSpec } from './rows.ts';

export const TriggerEvent = z.enum(['row_added', 'row_updated', 'row_deleted']);
export type TriggerEvent = z.infer<typeof TriggerEvent>;

export const TriggerActionType = z
  .enum(['run_workflow', 'create_task', 'webhook'])
  .describe(
    'run_workflow: run AI columns on the row; create_task: add a row to a table; webhook: POST the event',
  );
export type TriggerActionType = z.infer<typeof TriggerActionType>;

export const TriggerStatus = z.enum(['active', 'paused']);
export type TriggerStatus = z.infer<typeof TriggerStatus>;

/** A filter spec, or a list of them that must all hold, evaluated on the row (on its last data when deleted). */
export const TriggerCondition = z
  .union([FilterSpec, z.array(FilterSpec).max(50)])
  .meta({ id: 'TriggerCondition' });
export type TriggerCondition = z.infer<typeof TriggerCondition>;

/** run_workflow: which AI columns to run on the row (or a saved workflow / enrichment plan). */
export const RunWorkflowConfig = z
  .object({
    columns: z.array(z.string().min(1).max(64)).min(1).max(100).optional().describe('AI column names to run'),
    workflowId: z.string().min(1).max(128).optional().describe('A saved workflow or enrichment plan'),
  })
  .refine((config) => config.columns !== undefined || config.workflowId !== undefined, {
    error: 'Name the AI columns to run (columns) or a workflowId',
  });
export type RunWorkflowConfig = z.infer<typeof RunWorkflowConfig>;

/** create_task: a row to add, its text values able to name the triggering row's columns as {column}. */
export const CreateTaskConfig = z.object({
  tableId: z.string().optional().describe('Table to add the row to; the trigger’s own table when omitted'),
  values: z
    .record(z.string(), z.unknown())
    .describe(
      'Column name to value; "{column}" alone copies that value of the triggering row, text around it fills in',
    ),
});
export type CreateTaskConfig = z.infer<typeof CreateTaskConfig>;

/** webhook: the event is POSTed as JSON; failures are retried with backoff. */
export const WebhookConfig = z.object({
  url: z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL' }).max(2048),
  headers: z.record(z.string().min(1).max(128), z.string().max(4096)).optional(),
});
export type WebhookConfig = z.infer<typeof WebhookConfig>;

const TriggerName = z.string().trim().min(1).max(256);

/**
 * An action and its config, keyed by the action type: each action takes its own config, so code
 * that reads one names every action (a new action is a compile error where it is not handled).
 * On the wire it is the same two fields, `actionType` and `actionConfig`.
 */
export const TriggerAction = z.discriminatedUnion('actionType', [
  z.object({ actionType: z.literal('run_workflow'), actionConfig: RunWorkflowConfig }),
  z.object({ actionType: z.literal('create_task'), actionConfig: CreateTaskConfig }),
  z.object({ actionType: z.literal('webhook'), actionConfig: WebhookConfig }),
]);
export type TriggerAction = z.infer<typeof TriggerAction>;

/** The config of one action type. */
export type ActionConfigOf<T extends TriggerActionType> = Extract<
  TriggerAction,
  { actionType: T }
>['actionConfig'];

// Every action type has its config in the union, and the union names no other.
const everyAction: Record<TriggerActionType, true> = { run_workflow: true, create_task: true, webhook: true };
void (everyAction satisfies Record<TriggerAction['actionType'], true>);

/** Any action's config, before the action type is known (a PATCH may send the config alone). */
const AnyActionConfig = z
  .record(z.string(), z.unknown())
  .describe('Action-specific configuration, checked against the action type (given or stored)');

const TriggerFields = z.object({
  id: z.string(),
  tableId: z.string(),
  name: z.string(),
  triggerEvent: TriggerEvent,
  condition: TriggerCondition.nullable(),
  status: TriggerStatus,
  fireCount: z
    .number()
    .int()
    .describe('Times this trigger has fired (its condition held and its action ran)'),
  lastFiredAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable().describe('Why the last action failed; null once one succeeds'),
  lastErrorAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const Trigger = TriggerFields.and(TriggerAction).meta({ id: 'Trigger' });
export type Trigger = z.infer<typeof Trigger>;

const CreateTriggerFields = z.object({
  name: TriggerName,
  triggerEvent: TriggerEvent,
  condition: TriggerCondition.nullable().optional(),
  status: TriggerStatus.optional(),
});

export const CreateTriggerInput = CreateTriggerFields.and(TriggerAction).meta({ id: 'CreateTriggerInput' });
export type CreateTriggerInput = z.infer<typeof CreateTriggerInput>;

export const UpdateTriggerInput = CreateTriggerFields.partial()
  .extend({ actionType: TriggerActionType.optional(), actionConfig: AnyActionConfig.optional() })
  .meta({ id: 'UpdateTriggerInput' });
export type UpdateTriggerInput = z.infer<typeof UpdateTriggerInput>;

/** What a webhook receives. */
export const TriggerEventBody = z
  .object({
    event: TriggerEvent,
    trigger: z.object({ id: z.string(), name: z.string() }),
    table: z.object({ id: z.string(), name: z.string() }),
    row: z.object({ id: z.string(), data: z.record(z.string(), z.unknown()).nullable() }),
    before: z.record(z.string(), z.unknown()).nullable().describe('The row before an update or deletion'),
    occurredAt: z.iso.datetime(),
    deliveryId: z.string().describe('The same on every retry of one delivery'),
  })
  .meta({ id: 'TriggerEventBody' });
export type TriggerEventBody = z.infer<typeof TriggerEventBody>;
