import type { Column } from '../../../../contract/columns.ts';
import type { PlanStep } from '../../../../contract/enrich.ts';
import { PromptEditor } from '../../ai-columns/index.ts';

interface PlanStepsProps {
  steps: PlanStep[];
  /** Columns a step may name (not the target). */
  columns: Column[];
  onChange: (steps: PlanStep[]) => void;
}

/** The plan's steps, in order, each with its prompt editable before the run. */
export function PlanSteps({ steps, columns, onChange }: PlanStepsProps) {
  const edit = (index: number, patch: Partial<PlanStep>) =>
    onChange(steps.map((step, at) => (at === index ? { ...step, ...patch } : step)));
  return (
    <ol className="enrich-steps">
      {steps.map((step, index) => (
        <li key={step.id} className="enrich-step">
          <div className="enrich-step__head">
            <span className="enrich-step__number" aria-hidden="true">
              {index + 1}
            </span>
            <input
              className="input input--compact enrich-step__name"
              aria-label={`Step ${index + 1} name`}
              value={step.name}
              maxLength={200}
              onChange={(event) => edit(index, { name: event.target.value })}
            />
          </div>
          {step.purpose && <p className="enrich-step__purpose">{step.purpose}</p>}
          <PromptEditor
            value={step.prompt}
            onChange={(prompt) => edit(index, { prompt })}
            columns={columns}
            label={`Step ${index + 1} prompt`}
            placeholder="What this step asks of the model"
            rows={3}
            helpers={false}
          />
          <p className="field-hint">
            Type <code>{'{'}</code> to name a column
            {index > 0 && (
              <>
                ; <code>{`{step-${index}}`}</code> inserts what step {index} found
              </>
            )}
            .
          </p>
        </li>
      ))}
    </ol>
  );
}
