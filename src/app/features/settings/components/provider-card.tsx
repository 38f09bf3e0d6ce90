import { useEffect, useId, useRef } from 'react';
import type { Provider } from '../../../../contract/providers.ts';
import { useTestProvider } from '../api/test-provider.ts';
import { ConnectionResult } from './connection-result.tsx';
import { ProviderDetails } from './provider-details.tsx';
import { ProviderForm } from './provider-form.tsx';

interface ProviderCardProps {
  provider: Provider;
  isDefault: boolean;
  editing: boolean;
  onEdit: () => void;
  onDoneEditing: () => void;
  /** Asks to remove it; the list confirms, since focus must go somewhere once this card is gone. */
  onRemove: () => void;
}

/** One provider: its settings, "Test connection", and for providers added here, edit and remove. */
export function ProviderCard(props: ProviderCardProps) {
  const { provider, isDefault, editing, onEdit, onDoneEditing, onRemove } = props;
  const titleId = useId();
  const test = useTestProvider();
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  const fromEnvironment = provider.source === 'environment';

  // Back on the Edit button when the form closes, not lost on the document body.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li className="provider-card" aria-labelledby={titleId}>
      <div className="provider-card__head">
        <h3 id={titleId} className="provider-card__name">
          {provider.name}
        </h3>
        <code className="provider-card__id">{provider.id}</code>
        {isDefault && <span className="badge badge--update">Default</span>}
        {fromEnvironment && <span className="badge">From environment</span>}
      </div>
      {editing ? (
        <ProviderForm provider={provider} onDone={onDoneEditing} />
      ) : (
        <>
          <ProviderDetails provider={provider} />
          <div className="provider-card__actions">
            <button
              type="button"
              className="button button--small"
              disabled={test.isPending}
              onClick={() => test.mutate(provider.id)}
            >
              Test connection
            </button>
            {!fromEnvironment && (
              <>
                <button
                  ref={editButton}
                  type="button"
                  className="button button--small button--ghost"
                  aria-label={`Edit ${provider.name}`}
                  onClick={onEdit}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button--small button--ghost provider-card__remove"
                  aria-label={`Remove ${provider.name}`}
                  onClick={onRemove}
                >
                  Remove
                </button>
              </>
            )}
          </div>
          {fromEnvironment && (
            <p className="provider-card__note">Set by environment variables: change it on the server.</p>
          )}
          <ConnectionResult pending={test.isPending} result={test.data} error={test.error} />
        </>
      )}
    </li>
  );
}
