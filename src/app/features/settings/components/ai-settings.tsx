import { useEffect, useRef, useState } from 'react';
import type { Provider } from '../../../../contract/providers.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { PlusIcon } from '../../../components/icons.tsx';
import { ErrorMessage, Loading } from '../../../components/status-message.tsx';
import { useDeleteProvider } from '../api/delete-provider.ts';
import { useAiSettings } from '../api/get-ai-settings.ts';
import { AiDefaults } from './ai-defaults.tsx';
import { NoProviderHelp } from './no-provider-help.tsx';
import { ProviderCard } from './provider-card.tsx';
import { ProviderForm } from './provider-form.tsx';

/** Which form is open: a provider's id, or NEW for the "Add provider" form. */
const NEW = Symbol('new provider');

/** The settings dialog's content: defaults, the providers with their tests, add, edit and remove. */
export function AiSettingsContent() {
  const settings = useAiSettings();
  const [editing, setEditing] = useState<string | typeof NEW | null>(null);
  const [removing, setRemoving] = useState<Provider | null>(null);
  const remove = useDeleteProvider();
  const addButton = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);

  // Closing the add form, or removing a card, puts focus back on "Add provider".
  useEffect(() => {
    if (wasAdding.current && editing !== NEW) addButton.current?.focus();
    wasAdding.current = editing === NEW;
  }, [editing]);

  if (settings.isPending) return <Loading label="Loading AI settings…" />;
  if (settings.isError) return <ErrorMessage error={settings.error} />;
  const { providers } = settings.data;

  const closeConfirm = () => {
    remove.reset();
    setRemoving(null);
  };

  return (
    <div className="ai-settings">
      {providers.length === 0 ? <NoProviderHelp /> : <AiDefaults settings={settings.data} />}
      {providers.length > 0 && (
        <ul className="provider-list" aria-label="Providers">
          {providers.map((provider) => (
            <ProviderCard
              key={provider.id}
              provider={provider}
              isDefault={provider.id === settings.data.defaultProvider}
              editing={editing === provider.id}
              onEdit={() => setEditing(provider.id)}
              onDoneEditing={() => setEditing(null)}
              onRemove={() => setRemoving(provider)}
            />
          ))}
        </ul>
      )}
      {editing === NEW ? (
        <section className="provider-card" aria-label="New provider">
          <h3 className="provider-card__name">New provider</h3>
          <ProviderForm onDone={() => setEditing(null)} />
        </section>
      ) : (
        <button
          ref={addButton}
          type="button"
          className="button ai-settings__add"
          onClick={() => setEditing(NEW)}
        >
          <PlusIcon />
          Add provider
        </button>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? 'provider'}?`}
        confirmLabel="Remove provider"
        pending={remove.isPending}
        error={remove.error}
        onCancel={closeConfirm}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              closeConfirm();
              addButton.current?.focus();
            },
          })
        }
      >
        Its stored key is deleted, and AI columns that name “{removing?.id}” stop running until they pick
        another provider.
      </ConfirmDialog>
    </div>
  );
}
