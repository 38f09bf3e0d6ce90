import { and, eq, ne, sql } from 'drizzle-orm';
import { columnResolver, referenceFor } from '../../../contract/ai/references.ts';
import type { TriggerCondition } from '../../../contract/triggers.ts';
import { triggers } from '../../db/schema.ts';
import { type ColumnHook, renameFilters, renamesOf } from '../store/column-hooks.ts';
import type { ColumnMeta } from '../store/table-meta.ts';
import { renameActionConfig } from './action-renames.ts';

/**
 * Display names that changed, old to how the column is written now, for templates naming columns by
 * them (only where the old name was a display name that named that column, not a key).
 */
function labelRenames(before: ColumnMeta[], after: ColumnMeta[]): Map<string, string> {
  const resolve = columnResolver(before);
  const labels = new Map<string, string>();
  for (const column of after) {
    const old = before.find((candidate) => candidate.id === column.id);
    if (!old || old.displayName === column.displayName || old.displayName === old.name) continue;
    if (resolve(old.displayName) === old.name) labels.set(old.displayName, referenceFor(column, after));
  }
  return labels;
}

/**
 * Triggers name columns (a trigger's condition, the AI columns it runs, the values a create_task maps,
 * here or in the table it writes to): when a column is renamed, they follow it.
 */
export const triggerRenameHook: ColumnHook = {
  name: 'trigger-references',
  apply: async (tx, before, table) => {
    const renames = renamesOf({ before, after: table.columns });
    const labels = labelRenames(before, table.columns);
    if (renames.size === 0 && labels.size === 0) return;
    for (const trigger of await tx.select().from(triggers).where(eq(triggers.tableId, table.id))) {
      const condition = trigger.condition as TriggerCondition | null;
      const config = trigger.actionConfig as Record<string, unknown>;
      const writesHere = config.tableId === undefined || config.tableId === table.id;
      await tx
        .update(triggers)
        .set({
          condition: Array.isArray(condition)
            ? renameFilters(renames, condition)
            : condition && renameFilters(renames, [condition])[0],
          actionConfig: renameActionConfig(trigger.actionType, config, {
            source: renames,
            target: writesHere ? renames : undefined,
            labels,
          }),
        })
        .where(eq(triggers.id, trigger.id));
    }
    const writingHere = await tx
      .select()
      .from(triggers)
      .where(
        and(
          ne(triggers.tableId, table.id),
          eq(triggers.actionType, 'create_task'),
          sql`${triggers.actionConfig}->>'tableId' = ${table.id}`,
        ),
      );
    for (const trigger of writingHere) {
      const actionConfig = renameActionConfig(
        trigger.actionType,
        trigger.actionConfig as Record<string, unknown>,
        { target: renames },
      );
      await tx.update(triggers).set({ actionConfig }).where(eq(triggers.id, trigger.id));
    }
  },
};
