import { sql } from 'drizzle-orm';
import type { TriggerEvent } from '../../../contract/triggers.ts';
import { type Executor, queryRows } from '../../db/database.ts';

/**
 * Which tables have active triggers for which events, so a write to a table without any records no
 * trigger events and sends no row data for them. Kept only on an embedded store (PGlite or the native
 * PostgreSQL), where this process makes every change; on an external PostgreSQL another server may add a
 * trigger at any time, so every write there asks SQL (the event insert finds no triggers and inserts
 * nothing).
 */
export class TriggerPresence {
  readonly #active: Map<string, Set<string>> | null;

  constructor(trusted: boolean) {
    this.#active = trusted ? new Map() : null;
  }

  async load(executor: Executor, tableId?: string): Promise<void> {
    if (!this.#active) return;
    const rows = await queryRows<{ table_id: string; trigger_event: string }>(
      executor,
      sql`SELECT table_id, trigger_event FROM triggers
          WHERE status = 'active' ${tableId ? sql`AND table_id = ${tableId}` : sql``}`,
    );
    if (tableId) this.#active.delete(tableId);
    else this.#active.clear();
    for (const row of rows) this.#note(row.table_id, row.trigger_event);
  }

  /** Called before a trigger is created or resumed commits: extra events are harmless, missed ones are not. */
  expect(tableId: string, event: TriggerEvent): void {
    this.#note(tableId, event);
  }

  /** Whether a write to the table may fire a trigger for the event. */
  mayFire(tableId: string, event: TriggerEvent): boolean {
    return this.#active === null || (this.#active.get(tableId)?.has(event) ?? false);
  }

  #note(tableId: string, event: string): void {
    if (!this.#active) return;
    const events = this.#active.get(tableId) ?? new Set<string>();
    events.add(event);
    this.#active.set(tableId, events);
  }
}
