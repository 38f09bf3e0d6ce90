import { useId } from 'react';
import { MAX_EXAMPLES } from '../../../../contract/ai/config.ts';
import { ModelInput, ProviderSelect } from '../../ai-columns/index.ts';

/** A variant as typed: '' means the column's own setting. */
export interface VariantDraft {
  prompt: string;
  provider: string;
  model: string;
  examples: string;
}

interface VariantFormProps {
  title: string;
  draft: VariantDraft;
  onChange: (draft: VariantDraft) => void;
  onRemove: () => void;
  /** A criterion grade has no prompt to vary. */
  withPrompt: boolean;
}

/** Another prompt, provider, model or example setting to try beside the column's own. */
export function VariantForm({ title, draft, onChange, onRemove, withPrompt }: VariantFormProps) {
  const id = useId();
  return (
    <fieldset className="variant-form">
      <legend className="variant-form__title">{title}</legend>
      {withPrompt && (
        <>
          <label className="field__label" htmlFor={`${id}-prompt`}>
            Prompt
          </label>
          <textarea
            id={`${id}-prompt`}
            className="input"
            rows={3}
            value={draft.prompt}
            onChange={(event) => onChange({ ...draft, prompt: event.target.value })}
          />
        </>
      )}
      <ProviderSelect
        value={draft.provider}
        emptyLabel="The column's provider"
        onChange={(provider) => onChange({ ...draft, provider })}
      />
      <ModelInput
        value={draft.model}
        placeholder="The column's model"
        onChange={(model) => onChange({ ...draft, model })}
      />
      <label className="field__label" htmlFor={`${id}-examples`}>
        Verified examples per call
      </label>
      <select
        id={`${id}-examples`}
        className="input input--compact"
        value={draft.examples}
        onChange={(event) => onChange({ ...draft, examples: event.target.value })}
      >
        <option value="">As the column</option>
        {Array.from({ length: MAX_EXAMPLES + 1 }, (_, count) => String(count)).map((count) => (
          <option key={count} value={count}>
            {count === '0' ? 'None' : count}
          </option>
        ))}
      </select>
      <button type="button" className="link-button variant-form__remove" onClick={onRemove}>
        Remove {title.toLowerCase()}
      </button>
    </fieldset>
  );
}
