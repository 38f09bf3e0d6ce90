import { useId } from 'react';
import type { AiDraft } from '../model/ai-draft.ts';

/** The kinds a new AI column may be, as the panel's switch names them. */
export const NEW_COLUMN_KINDS = [
  ['agent', 'Prompt'],
  ['criterion_grade', 'Criterion grade'],
  ['company_people_finder', 'People finder'],
  ['email_finder', 'Email finder'],
  ['phone_finder', 'Phone finder'],
] as const;

interface KindFieldsProps {
  draft: AiDraft;
  update: (patch: Partial<AiDraft>) => void;
  errors: Record<string, string>;
}

/** A people finder's roles and limit, or what a contact finder reads and asks. */
export function KindFields({ draft, update, errors }: KindFieldsProps) {
  const id = useId();
  if (draft.kind !== 'company_people_finder') {
    return (
      <p className="field-hint">
        Asks the contact provider (Settings → Contact data) for the person in each row: their name or LinkedIn
        address, and the company of the row they were found for. It never guesses; without a provider its
        cells say what to set up.
      </p>
    );
  }
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-roles`}>
          Roles
        </label>
        <input
          id={`${id}-roles`}
          className="input input--compact"
          value={draft.roles}
          placeholder="CEO, Head of Sales"
          aria-invalid={Boolean(errors['config.roles'])}
          onChange={(event) => update({ roles: event.target.value })}
        />
        {errors['config.roles'] && <span className="field-error">{errors['config.roles']}</span>}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-max`}>
          People per company
        </label>
        <input
          id={`${id}-max`}
          className="input input--compact"
          type="number"
          min={1}
          max={50}
          value={draft.maxResults}
          onChange={(event) => update({ maxResults: event.target.value })}
        />
        <span className="field-hint">
          They become rows of a people table made on the first run, each linked to its company.
        </span>
      </div>
    </>
  );
}
