import { type FormEvent, useState } from 'react';
import type { Table } from '../../../../contract/tables.ts';
import type { Trigger } from '../../../../contract/triggers.ts';
import { errorText } from '../../../api/api-client.ts';
import { useSaveTrigger } from '../api/save-trigger.ts';
import { draftOfTrigger, newTriggerDraft, type TriggerDraft, triggerInput } from '../model/trigger-draft.ts';
import { ActionFields } from './action-fields.tsx';
import { ConditionBuilder } from './condition-builder.tsx';

interface TriggerFormProps {
  table: Table;
  trigger?: Trigger;
  onDone: () => void;
}

/** Creates or edits a trigger: its name, the event, the condition on the row, and the action. */
export function TriggerForm({ table, trigger, onDone }: TriggerFormProps) {
  const [draft, setDraft] = useState<TriggerDraft>(() =>
    trigger ? draftOfTrigger(trigger) : newTriggerDraft(table.id),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSaveTrigger(table.id);
  const change = (patch: Partial<TriggerDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = triggerInput(draft, table.columns);
    if ('error' in result) return setProblem(result.error);
    setProblem(null);
    save.mutate({ ...(trigger && { triggerId: trigger.id }), input: result.input }, { onSuccess: onDone });
  };

  return (
    <form
      className="stack-form trigger-form"
      onSubmit={submit}
      aria-label={trigger ? 'Edit trigger' : 'New trigger'}
    >
      <label className="field">
        <span className="field__label">Name</span>
        <input
          className="input input--compact"
          value={draft.name}
          maxLength={256}
          placeholder="e.g. Follow up on low ratings"
          onChange={(event) => change({ name: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field__label">When</span>
        <select
          className="input input--compact"
          value={draft.triggerEvent}
          onChange={(event) => change({ triggerEvent: event.target.value as TriggerDraft['triggerEvent'] })}
        >
          <option value="row_added">A row is added</option>
          <option value="row_updated">A row is updated</option>
          <option value="row_deleted">A row is deleted</option>
        </select>
      </label>
      <ConditionBuilder
        columns={table.columns}
        conditions={draft.conditions}
        onChange={(conditions) => change({ conditions })}
      />
      <label className="field">
        <span className="field__label">Then</span>
        <select
          className="input input--compact"
          value={draft.actionType}
          onChange={(event) => change({ actionType: event.target.value as TriggerDraft['actionType'] })}
        >
          <option value="run_workflow">Run AI columns or an enrichment on the row</option>
          <option value="webhook">Call a webhook (POST the row as JSON)</option>
          <option value="create_task">Add a row to a table</option>
        </select>
      </label>
      <ActionFields table={table} draft={draft} change={change} />
      {(problem || save.error) && (
        <p className="field-error" role="alert">
          {problem ?? errorText(save.error)}
        </p>
      )}
      <div className="inline-form__actions">
        <button type="submit" className="button button--primary button--small" disabled={save.isPending}>
          {trigger ? 'Save trigger' : 'Add trigger'}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
