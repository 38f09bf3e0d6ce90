import { useId } from 'react';
import type { BudgetDraft } from '../model/budget-draft.ts';

interface BudgetFieldProps {
  value: BudgetDraft;
  onChange: (next: BudgetDraft) => void;
  error?: string | undefined;
  /** The field's label: "Spending limit (optional)", "New limit". */
  label: string;
}

/** A spending limit for a run: an amount in dollars or tokens; the run pauses before passing it. */
export function BudgetField({ value, onChange, error, label }: BudgetFieldProps) {
  const id = useId();
  return (
    <div className="budget-field">
      <label htmlFor={`${id}-amount`} className="budget-field__label">
        {label}
      </label>
      <div className="budget-field__inputs">
        <input
          id={`${id}-amount`}
          className="input budget-field__amount"
          inputMode="decimal"
          placeholder="No limit"
          value={value.amount}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange({ ...value, amount: event.target.value })}
        />
        <select
          className="input budget-field__unit"
          aria-label="Limit in"
          value={value.unit}
          onChange={(event) => onChange({ ...value, unit: event.target.value as BudgetDraft['unit'] })}
        >
          <option value="usd">US dollars</option>
          <option value="tokens">tokens</option>
        </select>
      </div>
      <p id={`${id}-hint`} className={error ? 'field-error' : 'budget-field__hint'}>
        {error ??
          'The run pauses before the calls that would pass it; nothing fails, and you can continue it.'}
      </p>
    </div>
  );
}
