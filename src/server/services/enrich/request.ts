import type { SQL } from 'drizzle-orm';
import type { FilterSpec } from '../../../contract/rows.ts';
import type { Providers, Resolved } from '../ai/providers.ts';
import { ValidationError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import type { ColumnMeta, TableMeta } from '../store/table-meta.ts';
import { filterCondition } from './eligible.ts';
import { targetColumn } from './target.ts';

/** What a plan or execute request is about: its table (404), target (400) and rows (400 for a bad filter). */
export async function enrichRequest(
  store: Store,
  tableId: string,
  input: { targetColumn: string; filter?: FilterSpec | undefined },
): Promise<{ table: TableMeta; target: ColumnMeta; filter: SQL }> {
  const table = await store.tables.get(tableId);
  const target = targetColumn(table, input.targetColumn);
  return { table, target, filter: filterCondition(table, input.filter) };
}

/**
 * The provider and model a request names, or the defaults. A name that resolves to nothing is the
 * request's mistake (400); no provider at all is not, for a plan: the rules plan without one.
 */
export async function resolveChoice(
  providers: Providers,
  choice: { provider?: string | undefined; model?: string | undefined },
): Promise<Resolved> {
  const resolved = await providers.resolve(choice);
  if ('error' in resolved && (choice.provider || choice.model)) {
    throw new ValidationError(resolved.error, [
      { path: choice.provider ? 'provider' : 'model', message: resolved.error },
    ]);
  }
  return resolved;
}
