import { columnResolver } from '../../../../contract/ai/references.ts';
import { dataTypes } from '../../../../contract/data-types/index.ts';
import type { RowData } from '../../../../contract/rows.ts';
import type { CreateTaskConfig } from '../../../../contract/triggers.ts';
import { storageOf } from '../../../column-types/index.ts';
import type { RowAccess } from '../../rows/row-access.ts';
import { NotFoundError, ValidationError } from '../../store/errors.ts';
import type { Store } from '../../store/store.ts';
import type { ColumnMeta } from '../../store/table-meta.ts';
import { runInChain } from '../chain-context.ts';
import { ActionError } from './action-error.ts';

const asText = (value: unknown): string =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);

/**
 * A configured value with `{column}` filled from the triggering row: alone it copies the value as is.
 * A column is named by its key or its display name (`resolve` gives the key).
 */
export function fillTemplate(
  value: unknown,
  row: RowData,
  resolve: (reference: string) => string | undefined = (reference) => reference.trim(),
): unknown {
  if (typeof value !== 'string') return value;
  const keyOf = (name: string) => {
    const key = resolve(name);
    return key !== undefined && key in row ? key : undefined;
  };
  const whole = /^\{([^{}]+)\}$/.exec(value.trim());
  const wholeKey = whole && keyOf(whole[1] as string);
  if (wholeKey) return row[wholeKey] ?? null;
  return value.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const key = keyOf(name);
    return key ? asText(row[key]) : match;
  });
}

/** A copied value fitted to the target column: text columns take any value as text, others read text. */
function fitToColumn(column: ColumnMeta | undefined, value: unknown): unknown {
  if (!column || value === null || value === undefined) return value;
  const kind = storageOf(column).kind;
  if (kind === 'text' && typeof value !== 'string') return asText(value);
  if (kind !== 'text' && typeof value === 'string')
    return dataTypes[column.dataType].parseText(value, column.config) ?? value;
  return value;
}

/**
 * Adds a row to the configured table (the trigger's own by default) with values mapped from the row
 * that fired the trigger. The write carries the trigger chain, so it fires other triggers but never
 * this one again. Refused values fail the action at once: a retry would be refused the same way.
 */
export async function createTask(
  { store, rows }: { store: Store; rows: RowAccess },
  trigger: { id: string; name: string; tableId: string },
  config: CreateTaskConfig,
  row: RowData,
  chain: readonly string[],
): Promise<string> {
  const targetId = config.tableId ?? trigger.tableId;
  try {
    const target = await store.tables.get(targetId);
    const source = targetId === trigger.tableId ? target : await store.tables.get(trigger.tableId);
    const resolve = columnResolver(source.columns);
    const data: RowData = {};
    for (const [name, value] of Object.entries(config.values)) {
      data[name] = fitToColumn(
        target.columns.find((column) => column.name === name),
        fillTemplate(value, row, resolve),
      );
    }
    const [created] = await runInChain(chain, trigger.id, () =>
      rows.insert(targetId, { rows: [{ data, createdBy: `trigger:${trigger.name}`.slice(0, 256) }] }),
    );
    return created?.id ?? '';
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ActionError(
        `${error.message}: ${error.details.map((d) => `${d.path} ${d.message}`).join('; ')}`,
        false,
      );
    if (error instanceof NotFoundError) throw new ActionError(`The task table: ${error.message}`, false);
    throw error;
  }
}
