import type { Column } from '../../../../contract/columns.ts';
import type { FilterSpec } from '../../../../contract/rows.ts';
import type {
  CreateTriggerInput,
  Trigger,
  TriggerActionType,
  TriggerEvent,
} from '../../../../contract/triggers.ts';
import { draftToSpec, type FilterDraft, specToDraft } from '../../toolbar/filters/index.ts';

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

export function draftOfTrigger(trigger: Trigger): TriggerDraft {
  const config = trigger.actionConfig as {
    url?: string;
    tableId?: string;
    values?: Record<string, unknown>;
    columns?: string[];
    workflowId?: string;
  };
  const condition =
    trigger.condition === null
      ? []
      : Array.isArray(trigger.condition)
        ? trigger.condition
        : [trigger.condition];
  return {
    name: trigger.name,
    triggerEvent: trigger.triggerEvent,
    conditions: condition.map((spec) => specToDraft(spec, newKey())),
    actionType: trigger.actionType,
    url: config.url ?? '',
    aiColumns: config.columns ?? [],
    workflowId: config.workflowId ?? '',
    taskTableId: config.tableId ?? trigger.tableId,
    taskValues: Object.entries(config.values ?? {}).map(([column, value]) => ({
      key: newKey(),
      column,
      value: String(value ?? ''),
    })),
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
  if (draft.actionType === 'run_workflow') {
    if (draft.aiColumns.length === 0 && !draft.workflowId)
      return { error: 'Choose the AI columns to run, or an enrichment' };
    const actionConfig = {
      ...(draft.aiColumns.length > 0 && { columns: draft.aiColumns }),
      ...(draft.workflowId && { workflowId: draft.workflowId }),
    };
    return { input: { ...base, actionType: 'run_workflow', actionConfig } };
  }
  if (draft.actionType === 'webhook') {
    if (!/^https?:\/\/\S+$/.test(draft.url.trim())) return { error: 'Enter the http(s) URL to POST to' };
    return { input: { ...base, actionType: 'webhook', actionConfig: { url: draft.url.trim() } } };
  }
  const values = Object.fromEntries(
    draft.taskValues.filter((line) => line.column).map((line) => [line.column, line.value]),
  );
  if (Object.keys(values).length === 0) return { error: 'Give the new row at least one value' };
  return {
    input: { ...base, actionType: 'create_task', actionConfig: { tableId: draft.taskTableId, values } },
  };
}
