import { useId } from 'react';
import { useAiSettings } from '../../settings/api/get-ai-settings.ts';

/** The model to ask, as typed; empty means the provider's default, shown as the placeholder. */
export function ModelInput({ value, onChange }: { value: string; onChange: (model: string) => void }) {
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
        placeholder={settings?.defaultModel ?? 'provider default'}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
