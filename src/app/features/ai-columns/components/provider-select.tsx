import { useId } from 'react';
import { useAiSettings } from '../../settings/api/get-ai-settings.ts';

interface ProviderSelectProps {
  value: string;
  onChange: (provider: string) => void;
  /** What no choice means where the select is: the app's default provider, a column's own. */
  emptyLabel: string;
  invalid?: boolean;
}

/** The provider to ask, one of those configured in Settings; empty leaves it to `emptyLabel`. */
export function ProviderSelect({ value, onChange, emptyLabel, invalid = false }: ProviderSelectProps) {
  const id = useId();
  const providers = useAiSettings().data?.providers ?? [];
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        Provider
      </label>
      <select
        id={id}
        className="input input--compact"
        value={value}
        aria-invalid={invalid}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{emptyLabel}</option>
        {providers.map((provider) => (
          <option key={provider.id} value={provider.id}>
            {provider.name}
          </option>
        ))}
      </select>
    </div>
  );
}
