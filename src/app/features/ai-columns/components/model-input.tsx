import { useId } from 'react';
import { useAiSettings } from '../../settings/api/get-ai-settings.ts';

interface ModelInputProps {
  value: string;
  onChange: (model: string) => void;
  /** What empty means; the provider's default model unless said. */
  placeholder?: string;
}

/** The model to ask, as typed; empty means the provider's default (or `placeholder`), shown as the placeholder. */
export function ModelInput({ value, onChange, placeholder }: ModelInputProps) {
  const id = useId();
  const settings = useAiSettings().data;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        Model
      </label>
      <input
        id={id}
        className="input input--compact"
        value={value}
        placeholder={placeholder ?? settings?.defaultModel ?? 'provider default'}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
