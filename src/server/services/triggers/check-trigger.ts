import type { z } from 'zod';
import type { ErrorDetail } from '../../../contract/errors.ts';
import {
  CreateTaskConfig,
  RunWorkflowConfig,
  type TriggerActionType,
  type TriggerCondition,
  WebhookConfig,
} from '../../../contract/triggers.ts';
import { savedEnrichment } from '../enrich/saved-plans.ts';
import { whereClause } from '../rows/row-query.ts';
import { NotFoundError, ValidationError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import type { TableMeta } from '../store/table-meta.ts';

const CONFIG_SCHEMAS: Record<TriggerActionType, z.ZodType> = {
  run_workflow: RunWorkflowConfig,
  create_task: CreateTaskConfig,
  webhook: WebhookConfig,
};

const issues = (error: z.ZodError, prefix: string): ErrorDetail[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));

/** A condition must name the table's columns with values that fit them, as a rows filter must. */
function checkCondition(table: TableMeta, condition: TriggerCondition | null | undefined): ErrorDetail[] {
  if (!condition) return [];
  try {
    whereClause(table.columns, Array.isArray(condition) ? condition : [condition]);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.details.map((detail) => ({
      path: detail.path.replace(/^filters/, 'condition'),
      message: detail.message,
    }));
  }
}

/** A create_task target must exist and have the columns it fills. */
async function checkTask(store: Store, table: TableMeta, config: CreateTaskConfig): Promise<ErrorDetail[]> {
  const target = await store.tables.get(config.tableId ?? table.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!target) return [{ path: 'actionConfig.tableId', message: `No table with id "${config.tableId}"` }];
  return Object.keys(config.values)
    .filter((name) => !target.columns.some((column) => column.name === name))
    .map((name) => ({
      path: `actionConfig.values.${name}`,
      message: `The task table has no column "${name}"`,
    }));
}

/** run_workflow runs AI columns of the trigger's table, or one of its enrichments (by workflow id) again. */
async function checkWorkflow(
  store: Store,
  table: TableMeta,
  config: RunWorkflowConfig,
): Promise<ErrorDetail[]> {
  const errors: ErrorDetail[] = [];
  if (config.workflowId) {
    const saved = await savedEnrichment(store, table, config.workflowId);
    if ('error' in saved) errors.push({ path: 'actionConfig.workflowId', message: saved.error });
  }
  return [
    ...errors,
    ...(config.columns ?? []).flatMap((name, index) => {
      const column = table.columns.find((candidate) => candidate.name === name || candidate.id === name);
      if (column?.dataType === 'ai') return [];
      const message = column ? `"${name}" is not an AI column` : `Unknown column "${name}"`;
      return [{ path: `actionConfig.columns[${index}]`, message }];
    }),
  ];
}

/** Checks a trigger as it will be saved; throws a ValidationError listing every problem. */
export async function checkTrigger(
  store: Store,
  table: TableMeta,
  trigger: {
    actionType: TriggerActionType;
    actionConfig: Record<string, unknown>;
    condition?: TriggerCondition | null;
  },
): Promise<void> {
  const errors = checkCondition(table, trigger.condition);
  const parsed = CONFIG_SCHEMAS[trigger.actionType].safeParse(trigger.actionConfig);
  if (!parsed.success) errors.push(...issues(parsed.error, 'actionConfig'));
  else if (trigger.actionType === 'create_task')
    errors.push(...(await checkTask(store, table, parsed.data as CreateTaskConfig)));
  else if (trigger.actionType === 'run_workflow')
    errors.push(...(await checkWorkflow(store, table, parsed.data as RunWorkflowConfig)));
  if (errors.length > 0) throw new ValidationError('Invalid trigger', errors);
}
