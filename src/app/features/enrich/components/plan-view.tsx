import type { Column } from '../../../../contract/columns.ts';
import type { Plan, PlanStep } from '../../../../contract/enrich.ts';
import { estimateText, STRATEGY_LABELS } from '../../../lib/plan-text.ts';
import { PlanSteps } from './plan-steps.tsx';
import { SampleBindings } from './sample-bindings.tsx';

interface PlanViewProps {
  plan: Plan;
  outdated: boolean;
  /** The table's columns but the target: what steps may name and samples show. */
  columns: Column[];
  onStepsChange: (steps: PlanStep[]) => void;
}

/** A previewed plan: strategy and why, the steps (editable), what answers must be, rows, samples, cost. */
export function PlanView({ plan, outdated, columns, onStepsChange }: PlanViewProps) {
  const contract = plan.targetContract;
  return (
    <section className="enrich-plan" aria-labelledby="enrich-plan-title">
      <div className="enrich-plan__head">
        <h3 id="enrich-plan-title" className="enrich-plan__title">
          Plan
        </h3>
        <span className="badge badge--update">{STRATEGY_LABELS[plan.strategy]}</span>
        <span className="enrich-plan__profile" title="Agent profile">
          {plan.agentProfile}
        </span>
      </div>
      <p className="enrich-plan__reasoning">
        {plan.reasoning}{' '}
        <span className="enrich-plan__planner">
          ({plan.planner === 'model' ? 'planned by the model' : 'planned by rules'})
        </span>
      </p>
      {outdated && (
        <p className="notice notice--warning" role="status">
          The request changed since this plan: preview again for fresh counts.
        </p>
      )}
      <h4 className="enrich-plan__label">Steps</h4>
      <PlanSteps steps={plan.steps} columns={columns} onChange={onStepsChange} />
      <dl className="enrich-facts">
        <div>
          <dt>Fills</dt>
          <dd>
            {contract.columnLabel} <span className="enrich-facts__type">({contract.dataType})</span>
          </dd>
        </div>
        {contract.allowedOptions && (
          <div>
            <dt>Answers</dt>
            <dd className="enrich-facts__options">
              {contract.allowedOptions.map((option) => (
                <span key={option} className="enrich-chip">
                  {option}
                </span>
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt>Rows to fill</dt>
          <dd>{plan.eligibleRowCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Estimate</dt>
          <dd>{estimateText(plan.estimate)}</dd>
        </div>
      </dl>
      <h4 className="enrich-plan__label">Sample rows</h4>
      <SampleBindings samples={plan.sampleBindings} columns={columns} />
    </section>
  );
}
