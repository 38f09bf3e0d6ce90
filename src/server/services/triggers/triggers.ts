import { and, asc, eq } from 'drizzle-orm';
import type { CreateTriggerInput, Trigger, UpdateTriggerInput } from '../../../contract/triggers.ts';
import { triggers } from '../../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import { isUuid, newId } from '../ids.ts';
import type { Store } from '../store.ts';
import { advanceTableVersion } from '../table-changes.ts';
import { checkTrigger } from './check-trigger.ts';
import type { TriggerPresence } from './trigger-presence.ts';
import { toTrigger } from './trigger-record.ts';

/** The triggers of a table, oldest first. */
export async function listTriggers(store: Store, tableId: string): Promise<Trigger[]> {
  await store.tables.get(tableId);
  const records = await store.db
    .select()
    .from(triggers)
    .where(eq(triggers.tableId, tableId))
    .orderBy(asc(triggers.createdAt), asc(triggers.id));
  return records.map(toTrigger);
}

async function findTrigger(store: Store, tableId: string, triggerId: string): Promise<Trigger> {
  const [record] = isUuid(triggerId)
    ? await store.db
        .select()
        .from(triggers)
        .where(and(eq(triggers.id, triggerId), eq(triggers.tableId, tableId)))
    : [];
  if (!record) throw new NotFoundError('Trigger not found');
  return toTrigger(record);
}

/** Trigger create, update, delete: each a change to the table, so they advance its version. */
export function triggerService(store: Store, presence: TriggerPresence) {
  return {
    list: (tableId: string) => listTriggers(store, tableId),

    async create(tableId: string, input: CreateTriggerInput): Promise<Trigger> {
      const table = await store.tables.get(tableId);
      await checkTrigger(store, table, input);
      const id = newId();
      const status = input.status ?? 'active';
      if (status === 'active') presence.expect(tableId, input.triggerEvent);
      await store.db.transaction(async (tx) => {
        await tx.insert(triggers).values({
          id,
          tableId,
          name: input.name,
          triggerEvent: input.triggerEvent,
          condition: input.condition ?? null,
          actionType: input.actionType,
          actionConfig: input.actionConfig,
          status,
        });
        await advanceTableVersion(store, tx, tableId);
      });
      return findTrigger(store, tableId, id);
    },

    async update(tableId: string, triggerId: string, input: UpdateTriggerInput): Promise<Trigger> {
      const table = await store.tables.get(tableId);
      const current = await findTrigger(store, tableId, triggerId);
      const next = {
        ...current,
        ...input,
        condition: input.condition === undefined ? current.condition : input.condition,
      };
      if (input.actionType !== undefined || input.actionConfig !== undefined || input.condition !== undefined)
        await checkTrigger(store, table, next);
      if (next.status === 'active') presence.expect(tableId, next.triggerEvent);
      await store.db.transaction(async (tx) => {
        await tx
          .update(triggers)
          .set({
            name: next.name,
            triggerEvent: next.triggerEvent,
            condition: next.condition,
            actionType: next.actionType,
            actionConfig: next.actionConfig,
            status: next.status,
            updatedAt: new Date(),
          })
          .where(eq(triggers.id, current.id));
        await advanceTableVersion(store, tx, tableId);
      });
      await presence.load(store.db, tableId);
      return findTrigger(store, tableId, triggerId);
    },

    async remove(tableId: string, triggerId: string): Promise<void> {
      const current = await findTrigger(store, tableId, triggerId);
      await store.db.transaction(async (tx) => {
        await tx.delete(triggers).where(eq(triggers.id, current.id));
        await advanceTableVersion(store, tx, tableId);
      });
      await presence.load(store.db, tableId);
    },
  };
}
export type TriggerService = ReturnType<typeof triggerService>;
