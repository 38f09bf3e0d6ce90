import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Provider, ProviderKind } from '../../../../contract/providers.ts';
import { focusFirst } from '../../../lib/focus.ts';
import { useCreateProvider } from '../api/create-provider.ts';
import { useUpdateProvider } from '../api/update-provider.ts';
import {
  type DraftField,
  draftErrors,
  draftFrom,
  EMPTY_DRAFT,
  type ProviderDraft,
  slugFrom,
  toCreateInput,
  toUpdateInput,
} from './provider-draft.ts';
import { PROVIDER_KINDS } from './provider-kinds.ts';
import { SettingsField } from './settings-field.tsx';

interface ProviderFormProps {
  /** The provider to edit; absent to add one. */
  provider?: Provider;
  /** After a save, or on Cancel. */
  onDone: () => void;
}

/** Adds a provider, or edits one added in Settings. The server's refusals show at their fields. */
export function ProviderForm({ provider, onDone }: ProviderFormProps) {
  const [draft, setDraft] = useState<ProviderDraft>(() => (provider ? draftFrom(provider) : EMPTY_DRAFT));
  // While the id is untouched it follows the name, so most people never type one.
  const [idEdited, setIdEdited] = useState(false);
  const create = useCreateProvider();
  const update = useUpdateProvider();
  const mutation = provider ? update : create;
  const errors = draftErrors(mutation.error);
  const form = useRef<HTMLFormElement>(null);
  const uid = useId();
  const kind = PROVIDER_KINDS[draft.kind];

  useEffect(() => {
    if (form.current) focusFirst(form.current);
  }, []);

  const set = (field: DraftField, value: string) =>
    setDraft((current) => ({
      ...current,
      [field]: value,
      ...(field === 'name' && !provider && !idEdited && { id: slugFrom(value) }),
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (provider)
      update.mutate({ providerId: provider.id, input: toUpdateInput(draft) }, { onSuccess: onDone });
    else create.mutate(toCreateInput(draft), { onSuccess: onDone });
  };

  const text = (field: DraftField, label: string, hint?: string, extra?: Record<string, unknown>) => (
    <SettingsField id={`${uid}-${field}`} label={label} hint={hint} error={errors.byField[field]}>
      {(control) => (
        <input
          className="input"
          value={draft[field]}
          onChange={(event) => set(field, event.target.value)}
          {...control}
          {...extra}
        />
      )}
    </SettingsField>
  );

  return (
    <form
      ref={form}
      className="provider-form"
      aria-label={provider ? `Edit provider ${provider.name}` : 'Add provider'}
      onSubmit={submit}
    >
      <SettingsField id={`${uid}-kind`} label="Kind" error={errors.byField.kind}>
        {(control) => (
          <select
            className="input"
            value={draft.kind}
            onChange={(event) => set('kind', event.target.value as ProviderKind)}
            {...control}
          >
            {Object.entries(PROVIDER_KINDS).map(([value, { label }]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </SettingsField>
      {text('name', 'Name', undefined, { required: true, maxLength: 128, placeholder: 'e.g. Local Ollama' })}
      {!provider && (
        <SettingsField
          id={`${uid}-id`}
          label="Id"
          hint="Lowercase letters, digits and dashes; AI columns name their provider by it."
          error={errors.byField.id}
        >
          {(control) => (
            <input
              className="input"
              value={draft.id}
              required
              maxLength={63}
              spellCheck={false}
              onChange={(event) => {
                setIdEdited(true);
                set('id', event.target.value);
              }}
              {...control}
            />
          )}
        </SettingsField>
      )}
      {text('baseUrl', 'Base URL', kind.baseUrlHint, {
        type: 'url',
        required: draft.kind === 'openai-compatible',
        placeholder: draft.kind === 'openai-compatible' ? 'http://localhost:11434/v1' : 'Official API',
        spellCheck: false,
      })}
      {text(
        'apiKey',
        'API key',
        provider?.apiKeySet
          ? `Leave empty to keep the stored key (${provider.apiKeyPreview ?? 'set'}).`
          : draft.kind === 'openai-compatible'
            ? 'Only if the server asks for one (Ollama does not).'
            : undefined,
        {
          type: 'password',
          autoComplete: 'new-password',
          placeholder: provider?.apiKeySet ? 'unchanged' : 'none',
        },
      )}
      {text('defaultModel', 'Default model', 'Used by AI columns that pick this provider without a model.', {
        placeholder: kind.modelExample,
        spellCheck: false,
      })}
      {text('concurrency', 'Concurrency', 'Calls this server makes to the provider at once.', {
        type: 'number',
        min: 1,
        max: 500,
        step: 1,
        placeholder: 'default',
      })}
      {mutation.isError && (
        <p className="field-error provider-form__wide" role="alert">
          {errors.other.length > 0 ? errors.other.join(' ') : 'Not saved: see the fields marked above.'}
        </p>
      )}
      <div className="provider-form__actions provider-form__wide">
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {provider ? 'Save provider' : 'Add provider'}
        </button>
      </div>
    </form>
  );
}
