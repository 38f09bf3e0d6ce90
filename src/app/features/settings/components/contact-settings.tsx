import { type FormEvent, useId, useState } from 'react';
import { errorText } from '../../../api/api-client.ts';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { useContactSettings } from '../api/get-contact-settings.ts';
import { useDeleteContactProvider, useSaveContactProvider } from '../api/save-contact-provider.ts';
import { SettingsField } from './settings-field.tsx';

/** Sets the provider's name, address and key; the key is never shown again, only its last characters. */
function ContactProviderForm({ onDone }: { onDone?: () => void }) {
  const [draft, setDraft] = useState({ name: '', baseUrl: '', apiKey: '' });
  const save = useSaveContactProvider();
  const uid = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { kind: 'http-json', name: draft.name, baseUrl: draft.baseUrl, apiKey: draft.apiKey || null },
      { onSuccess: () => onDone?.() },
    );
  };
  const field = (name: keyof typeof draft, label: string, hint?: string, type = 'text') => (
    <SettingsField id={`${uid}-${name}`} label={label} hint={hint} error={undefined}>
      {(control) => (
        <input
          className="input"
          type={type}
          value={draft[name]}
          onChange={(event) => setDraft((current) => ({ ...current, [name]: event.target.value }))}
          {...control}
        />
      )}
    </SettingsField>
  );
  return (
    <form className="provider-form" aria-label="Contact provider" onSubmit={submit}>
      {field('name', 'Name', 'How the app names it, e.g. "Finder"')}
      {field(
        'baseUrl',
        'Address',
        'It is asked POST <address>/email_finder, /phone_finder, /reverse_email_lookup',
      )}
      {field('apiKey', 'API key', 'Sent as a bearer token; stored encrypted', 'password')}
      {save.isError && (
        <p className="field-error" role="alert">
          {errorText(save.error)}
        </p>
      )}
      <button type="submit" className="button button--primary button--small" disabled={save.isPending}>
        Save contact provider
      </button>
    </form>
  );
}

/**
 * Settings for contact data: email, phone and reverse-email columns ask this provider, and nothing
 * else; without one their cells fail saying so.
 */
export function ContactSettingsContent() {
  const settings = useContactSettings();
  const remove = useDeleteContactProvider();
  if (settings.isPending) return <Loading label="Loading contact settings…" />;
  if (settings.isError) return <ErrorMessage error={settings.error} />;
  const { provider } = settings.data;
  return (
    <section className="contact-settings" aria-label="Contact data">
      <h3 className="provider-card__name">Contact data</h3>
      {provider ? (
        <div className="provider-card">
          <p>
            <strong>{provider.name}</strong> at {provider.baseUrl}
            {provider.apiKeySet && ` · key ${provider.apiKeyPreview}`}
            {provider.source === 'environment' && ' · from CONTACTS_PROVIDER_URL'}
          </p>
          {provider.source === 'settings' && (
            <button
              type="button"
              className="button button--small"
              disabled={remove.isPending}
              onClick={() => remove.mutate(undefined)}
            >
              Remove contact provider
            </button>
          )}
        </div>
      ) : (
        <>
          <p className="field__hint">
            Email finder, phone finder and reverse email columns look contacts up with a contact provider,
            never guess. Set one here or with CONTACTS_PROVIDER_URL.
          </p>
          <ContactProviderForm />
        </>
      )}
    </section>
  );
}
