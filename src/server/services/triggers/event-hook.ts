import { type SQL, sql } from 'drizzle-orm';
import type { TriggerEvent } from '../../../contract/triggers.ts';
import type { RowChange, RowHook } from '../store/row-hooks.ts';
import { currentChain, MAX_CHAIN } from './chain-context.ts';
import type { TriggerPresence } from './trigger-presence.ts';

function eventOf(change: RowChange): TriggerEvent {
  if (change.before === null) return 'row_added';
  return change.after === null ? 'row_deleted' : 'row_updated';
}

/** A write that changed nothing is no event: saving a row as it was fires no row_updated trigger. */
const unchanged = (change: RowChange): boolean =>
  change.before !== null &&
  change.after !== null &&
  JSON.stringify(change.before) === JSON.stringify(change.after);

/**
 * Records trigger events in the outbox (trigger_events) in the transaction of every row write, whoever
 * made it (API, grid, import, rollback, another trigger): one entry per active trigger of the table for
 * the event, per row. The entry holds the row's data, so the condition is checked on the row as it was
 * written, and the chain of triggers that led to the write, so none fires twice in one chain.
 */
export function triggerEventHook(presence: TriggerPresence, onRecorded: () => void): RowHook {
  return {
    name: 'triggers',
    statements: ({ table, changes, source }) => {
      const chain = currentChain();
      if (chain.length >= MAX_CHAIN) return [];
      const byEvent = new Map<TriggerEvent, RowChange[]>();
      for (const change of changes) {
        const event = eventOf(change);
        // Asked first: most tables have no triggers, and comparing rows costs on every AI write and edit.
        if (!presence.mayFire(table.id, event) || unchanged(change)) continue;
        const rows = byEvent.get(event) ?? [];
        rows.push(change);
        byEvent.set(event, rows);
      }
      const statements: SQL[] = [];
      const chainJson = JSON.stringify(chain);
      // AI answers do not start AI runs through triggers: AI -> row_updated -> run_workflow -> AI would
      // never end. They still fire every other action (a webhook when a label is filled in, say).
      const actions = source === 'ai' ? sql`AND tr.action_type <> 'run_workflow'` : sql``;
      for (const [event, rows] of byEvent) {
        // json, not jsonb: on PostgreSQL every write sends it (see TriggerPresence), and json is only
        // checked where jsonb would be built, for rows that find no trigger as for those that do.
        const payload = JSON.stringify(
          rows.map((row) => ({ row_id: row.rowId, before: row.before, after: row.after })),
        );
        statements.push(sql`
          INSERT INTO trigger_events (trigger_id, table_id, event, row_id, before, after, chain)
          SELECT tr.id, tr.table_id, ${event}, x.row_id, x.before::jsonb, x.after::jsonb, ${chainJson}::jsonb
          FROM triggers tr CROSS JOIN json_to_recordset(${payload}::json) AS x(row_id uuid, before json, after json)
          WHERE tr.table_id = ${table.id}::uuid AND tr.status = 'active' AND tr.trigger_event = ${event}
            AND NOT (${chainJson}::jsonb ? tr.id::text) ${actions}`);
      }
      if (statements.length > 0) onRecorded();
      return statements;
    },
  };
}
