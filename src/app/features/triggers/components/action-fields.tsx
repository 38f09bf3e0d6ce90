import type { Table } from '../../../../contract/tables.ts';
import type { TriggerDraft } from '../model/trigger-draft.ts';
import { TaskFields } from './task-fields.tsx';
import { WorkflowFields } from './workflow-fields.tsx';

interface ActionFieldsProps {
  table: Table;
  draft: TriggerDraft;
  change: (patch: Partial<TriggerDraft>) => void;
}

/** The fields of the chosen action: a switch over every action type, so a new one must be added here. */
export function ActionFields({ table, draft, change }: ActionFieldsProps) {
  switch (draft.actionType) {
    case 'run_workflow':
      return (
        <WorkflowFields
          tableId={table.id}
          columns={table.columns}
          chosen={draft.aiColumns}
          onChange={(aiColumns) => change({ aiColumns })}
          workflowId={draft.workflowId}
          onWorkflowChange={(workflowId) => change({ workflowId })}
        />
      );
    case 'webhook':
      return (
        <label className="field">
          <span className="field__label">Webhook URL</span>
          <input
            className="input input--compact"
            type="url"
            value={draft.url}
            placeholder="https://example.com/hooks/feedback"
            onChange={(event) => change({ url: event.target.value })}
          />
        </label>
      );
    case 'create_task':
      return (
        <TaskFields table={table} tableId={draft.taskTableId} values={draft.taskValues} onChange={change} />
      );
  }
}
