import { useState } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PlusIcon } from '../../../components/icons.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { useDeleteTrigger } from '../api/delete-trigger.ts';
import { useTriggers } from '../api/get-triggers.ts';
import { useSaveTrigger } from '../api/save-trigger.ts';
import { TriggerForm } from './trigger-form.tsx';
import { TriggerItem } from './trigger-item.tsx';
import './triggers.css';

/** The Triggers panel: the table's automations with their status and fire counts, and their form. */
export function TriggersPanel({ table }: { table: Table }) {
  const triggers = useTriggers(table.id);
  const save = useSaveTrigger(table.id);
  const remove = useDeleteTrigger(table.id);
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  if (editing !== null) {
    const trigger = triggers.data?.find((candidate) => candidate.id === editing);
    return <TriggerForm table={table} {...(trigger && { trigger })} onDone={() => setEditing(null)} />;
  }
  return (
    <div className="triggers-panel">
      <button
        type="button"
        className="button button--primary button--small"
        onClick={() => setEditing('new')}
      >
        <PlusIcon />
        New trigger
      </button>
      {triggers.isPending && <Loading label="Loading triggers…" />}
      {triggers.isError && <ErrorMessage error={triggers.error} />}
      {triggers.data?.length === 0 && (
        <EmptyState title="No triggers yet">
          Act when rows are added, updated or deleted: call a webhook, or add a row to a table.
        </EmptyState>
      )}
      <ul className="trigger-list">
        {triggers.data?.map((trigger) => (
          <TriggerItem
            key={trigger.id}
            trigger={trigger}
            onToggle={() =>
              save.mutate({
                triggerId: trigger.id,
                input: { status: trigger.status === 'active' ? 'paused' : 'active' },
              })
            }
            onEdit={() => setEditing(trigger.id)}
            onDelete={() => remove.mutate(trigger.id)}
          />
        ))}
      </ul>
    </div>
  );
}
