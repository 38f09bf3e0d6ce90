import type { Provider } from '../../../../contract/providers.ts';
import { kindLabel } from './provider-kinds.ts';

/** A provider's settings as a definition list: kind, address, masked key, model, concurrency. */
export function ProviderDetails({ provider }: { provider: Provider }) {
  return (
    <dl className="provider-card__details">
      <dt>Kind</dt>
      <dd>{kindLabel(provider.kind)}</dd>
      <dt>Base URL</dt>
      <dd>{provider.baseUrl ? <code>{provider.baseUrl}</code> : 'Official API'}</dd>
      <dt>API key</dt>
      <dd>{provider.apiKeySet ? <code>{provider.apiKeyPreview ?? 'set'}</code> : 'None'}</dd>
      <dt>Default model</dt>
      <dd>{provider.defaultModel ? <code>{provider.defaultModel}</code> : 'Not set'}</dd>
      <dt>Concurrency</dt>
      <dd>{provider.concurrency} calls at once</dd>
    </dl>
  );
}
