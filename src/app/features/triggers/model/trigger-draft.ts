import type { Column } from '../../../../contract/columns.ts';
import type { FilterSpec } from '../../../../contract/rows.ts';
import type {
  CreateTriggerInput,
  Trigger,
  TriggerAction,
  TriggerActionType,
  TriggerEvent,
} from '../../../../contract/triggers.ts';
import { draftToSpec, type FilterDraft, specToDraft } from '../../filters/index.ts';

/** One "column = value" line of a create_task action. */
export interface TaskValue {
  key: string;
  column: string;
  value: string;
}

/** The trigger form as typed. */
export interface TriggerDraft {
  name: string;
  triggerEvent: TriggerEvent;
  conditions: FilterDraft[];
  actionType: TriggerActionType;
  url: string;
  /** run_workflow: the AI columns to run on the row. */
  aiColumns: string[];
  /** run_workflow: an enrichment of the table to run again on the row ('' for none). */
  workflowId: string;
  taskTableId: string;
  taskValues: TaskValue[];
}

let nextKey = 0;
export const newKey = (): string => `k${++nextKey}`;

export function newTriggerDraft(tableId: string): TriggerDraft {
  return {
    name: '',
    triggerEvent: 'row_added',
    conditions: [],
    actionType: 'webhook',
    url: '',
    aiColumns: [],
    workflowId: '',
    taskTableId: tableId,
    taskValues: [],
  };
}

/** The draft fields of a trigger's action: each action fills its own. */
function actionDraft(trigger: Trigger): Partial<TriggerDraft> {
  switch (trigger.actionType) {
    case 'webhook':
      return { url: trigger.actionConfig.url };
    case 'run_workflow':
      return {
        aiColumns: trigger.actionConfig.columns ?? [],
        workflowId: trigger.actionConfig.workflowId ?? '',
      };
    case 'create_task':
      return {
        taskTableId: trigger.actionConfig.tableId ?? trigger.tableId,
        taskValues: Object.entries(trigger.actionConfig.values).map(([column, value]) => ({
          key: newKey(),
          column,
          value: String(value ?? ''),
        })),
      };
  }
}

export function draftOfTrigger(trigger: Trigger): TriggerDraft {
  const condition =
    trigger.condition === null
      ? []
      : Array.isArray(trigger.condition)
        ? trigger.condition
        : [trigger.condition];
  return {
    ...newTriggerDraft(trigger.tableId),
    name: trigger.name,
    triggerEvent: trigger.triggerEvent,
    conditions: condition.map((spec) => specToDraft(spec, newKey())),
    actionType: trigger.actionType,
    ...actionDraft(trigger),
  };
}

/** The trigger the draft describes, or what is still missing. */
export function triggerInput(
  draft: TriggerDraft,
  columns: Column[],
): { input: CreateTriggerInput } | { error: string } {
  if (!draft.name.trim()) return { error: 'Name the trigger' };
  const condition: FilterSpec[] = [];
  for (const filter of draft.conditions) {
    const result = draftToSpec(
      filter,
      columns.find((column) => column.name === filter.column),
    );
    if ('error' in result) return { error: `Condition: ${result.error}` };
    if ('incomplete' in result) return { error: 'Condition: enter a value or remove the line' };
    condition.push(result.spec);
  }
  const base = {
    name: draft.name.trim(),
    triggerEvent: draft.triggerEvent,
    condition: condition.length > 0 ? condition : null,
  };
  const action = actionInput(draft);
  return 'error' in action ? action : { input: { ...base, ...action } };
}

/** The action the draft describes (a switch over every action type), or what is still missing. */
function actionInput(draft: TriggerDraft): TriggerAction | { error: string } {
  switch (draft.actionType) {
    case 'run_workflow': {
      if (draft.aiColumns.length === 0 && !draft.workflowId)
        return { error: 'Choose the AI columns to run, or an enrichment' };
      const actionConfig = {
        ...(draft.aiColumns.length > 0 && { columns: draft.aiColumns }),
        ...(draft.workflowId && { workflowId: draft.workflowId }),
      };
      return { actionType: 'run_workflow', actionConfig };
    }
    case 'webhook':
      if (!/^https?:\/\/\S+$/.test(draft.url.trim())) return { error: 'Enter the http(s) URL to POST to' };
      return { actionType: 'webhook', actionConfig: { url: draft.url.trim() } };
    case 'create_task': {
      const values = Object.fromEntries(
        draft.taskValues.filter((line) => line.column).map((line) => [line.column, line.value]),
      );
      if (Object.keys(values).length === 0) return { error: 'Give the new row at least one value' };
      return { actionType: 'create_task', actionConfig: { tableId: draft.taskTableId, values } };
    }
  }
}
