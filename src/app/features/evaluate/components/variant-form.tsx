import { useId } from 'react';
import { MAX_EXAMPLES } from '../../../../contract/ai/config.ts';
import { useAiSettings } from '../../settings/api/get-ai-settings.ts';

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
  const providers = useAiSettings().data?.providers ?? [];
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
      <label className="field__label" htmlFor={`${id}-provider`}>
        Provider
      </label>
      <select
        id={`${id}-provider`}
        className="input input--compact"
        value={draft.provider}
        onChange={(event) => onChange({ ...draft, provider: event.target.value })}
      >
        <option value="">The column's provider</option>
        {providers.map((provider) => (
          <option key={provider.id} value={provider.id}>
            {provider.name}
          </option>
        ))}
      </select>
      <label className="field__label" htmlFor={`${id}-model`}>
        Model
      </label>
      <input
        id={`${id}-model`}
        className="input input--compact"
        value={draft.model}
        placeholder="The column's model"
        onChange={(event) => onChange({ ...draft, model: event.target.value })}
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
