import type { Column } from '../../../../contract/columns.ts';

interface WorkflowFieldsProps {
  columns: Column[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

/** run_workflow: which AI columns run on the row (cells that already hold an answer are kept). */
export function WorkflowFields({ columns, chosen, onChange }: WorkflowFieldsProps) {
  const ai = columns.filter((column) => column.dataType === 'ai');
  if (ai.length === 0) return <p className="panel-hint">This table has no AI columns yet.</p>;
  return (
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
  );
}
