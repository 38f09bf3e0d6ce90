import { useId } from 'react';
import type { Column } from '../../../../contract/columns.ts';
import { useEnrichRuns } from '../../enrich/api/get-enrich-runs.ts';

interface WorkflowFieldsProps {
  tableId: string;
  columns: Column[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  workflowId: string;
  onWorkflowChange: (workflowId: string) => void;
}

/**
 * run_workflow: which AI columns run on the row, and which enrichment runs again on it (cells that
 * already hold a value are kept either way).
 */
export function WorkflowFields({
  tableId,
  columns,
  chosen,
  onChange,
  workflowId,
  onWorkflowChange,
}: WorkflowFieldsProps) {
  const id = useId();
  const ai = columns.filter((column) => column.dataType === 'ai');
  const enrichments = useEnrichRuns(tableId).data ?? [];
  const label = (name: string) => columns.find((column) => column.name === name)?.displayName ?? name;
  return (
    <>
      {ai.length === 0 ? (
        <p className="panel-hint">This table has no AI columns yet.</p>
      ) : (
        <fieldset className="task-fields">
          <legend className="field__label">AI columns to run</legend>
          {ai.map((column) => (
            <label key={column.id} className="checkbox-row">
              <input
                type="checkbox"
                checked={chosen.includes(column.name)}
                onChange={(event) =>
                  onChange(
                    event.currentTarget.checked
                      ? [...chosen, column.name]
                      : chosen.filter((name) => name !== column.name),
                  )
                }
              />
              {column.displayName}
            </label>
          ))}
        </fieldset>
      )}
      {(enrichments.length > 0 || workflowId) && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-workflow`}>
            Enrichment to run on the row
          </label>
          <select
            id={`${id}-workflow`}
            className="input input--compact"
            value={workflowId}
            onChange={(event) => onWorkflowChange(event.target.value)}
          >
            <option value="">None</option>
            {workflowId && !enrichments.some((run) => run.workflowId === workflowId) && (
              <option value={workflowId}>The enrichment saved with this trigger</option>
            )}
            {enrichments.map((run) => (
              <option key={run.workflowId} value={run.workflowId}>
                {run.name ?? 'Enrichment'} → {label(run.targetColumn)}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
