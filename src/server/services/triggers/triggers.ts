import { and, asc, eq } from 'drizzle-orm';
import type { CreateTriggerInput, Trigger, UpdateTriggerInput } from '../../../contract/triggers.ts';
import { triggers } from '../../db/schema.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import { NotFoundError } from '../store/errors.ts';
import { isUuid, newId } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import { advanceTableVersion } from '../store/table-changes.ts';
import { checkTrigger } from './check-trigger.ts';
import type { TriggerPresence } from './trigger-presence.ts';
import { toTrigger } from './trigger-record.ts';
import { sealActionConfig } from './webhook-secrets.ts';

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

async function findRecord(store: Store, tableId: string, triggerId: string) {
  const [record] = isUuid(triggerId)
    ? await store.db
        .select()
        .from(triggers)
        .where(and(eq(triggers.id, triggerId), eq(triggers.tableId, tableId)))
    : [];
  if (!record) throw new NotFoundError('Trigger not found');
  return record;
}

const findTrigger = async (store: Store, tableId: string, triggerId: string): Promise<Trigger> =>
  toTrigger(await findRecord(store, tableId, triggerId));

/** Trigger create, update, delete: each a change to the table, so they advance its version. */
export function triggerService(store: Store, presence: TriggerPresence, secrets: SecretBox) {
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
          actionConfig: sealActionConfig(secrets, input.actionType, input.actionConfig),
          status,
        });
        await advanceTableVersion(store, tx, tableId);
      });
      return findTrigger(store, tableId, id);
    },

    async update(tableId: string, triggerId: string, input: UpdateTriggerInput): Promise<Trigger> {
      const table = await store.tables.get(tableId);
      const stored = await findRecord(store, tableId, triggerId);
      const current = toTrigger(stored);
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
            actionConfig:
              input.actionConfig === undefined
                ? stored.actionConfig
                : sealActionConfig(
                    secrets,
                    next.actionType,
                    next.actionConfig,
                    stored.actionConfig as Record<string, unknown>,
                  ),
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
