import type { AiSettings } from '../../../../contract/providers.ts';

/** Where AI columns that name nothing go, and whether research columns can search the web. */
export function AiDefaults({ settings }: { settings: AiSettings }) {
  const provider = settings.providers.find((candidate) => candidate.id === settings.defaultProvider);
  return (
    <dl className="ai-defaults" aria-label="Defaults">
      <dt>Default provider</dt>
      <dd>{provider ? provider.name : 'None'}</dd>
      <dt>Default model</dt>
      <dd>
        {settings.defaultModel ? <code>{settings.defaultModel}</code> : 'None: set one on the provider'}
      </dd>
      <dt>Web search</dt>
      <dd>
        {settings.webSearch
          ? 'Available to research columns'
          : 'Not available: research columns read pages only; set SEARXNG_URL on the server to let them search'}
      </dd>
    </dl>
  );
}
