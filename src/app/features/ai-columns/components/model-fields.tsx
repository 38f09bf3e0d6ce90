import { useId } from 'react';
import { type AgentType, isResearchAgent, MAX_EXAMPLES } from '../../../../contract/ai/config.ts';
import { useSettingsStore } from '../../../store/settings-store.ts';
import { useAiSettings } from '../../settings/api/get-ai-settings.ts';
import type { AiDraft } from '../model/ai-draft.ts';
import { ModelInput } from './model-input.tsx';
import { ProviderSelect } from './provider-select.tsx';

interface ModelFieldsProps {
  draft: AiDraft;
  update: (patch: Partial<AiDraft>) => void;
  errors: Record<string, string>;
}

/** Who answers: the agent type, provider and model, and whether new or changed rows run by themselves. */
export function ModelFields({ draft, update, errors }: ModelFieldsProps) {
  const id = useId();
  const settings = useAiSettings().data;
  const openSettings = useSettingsStore((state) => state.openSettings);
  const defaultProvider = settings?.providers.find((provider) => provider.id === settings.defaultProvider);
  return (
    <>
      {settings && settings.providers.length === 0 && (
        <div className="notice notice--warning" role="status">
          No AI provider is configured, so this column cannot run yet.{' '}
          <button type="button" className="link-button" onClick={openSettings}>
            Configure one in Settings
          </button>
        </div>
      )}
      {draft.kind === 'agent' && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-agent`}>
            Agent
          </label>
          <select
            id={`${id}-agent`}
            className="input input--compact"
            value={draft.agentType}
            onChange={(event) => update({ agentType: event.target.value as AgentType })}
          >
            <option value="llm">Model only</option>
            <option value="research">Research the web first</option>
            <option value="research_pro">Research deeper (more searches and pages)</option>
            <option value="research_reasoning">Research deeper, on the reasoning model</option>
            <option value="linkedin">Research on LinkedIn only</option>
          </select>
          {isResearchAgent(draft.agentType) && settings && !settings.webSearch && (
            <span className="field-hint">
              No web search is configured (SEARXNG_URL): research cells only read pages the row gives, answer
              from the model otherwise, and say so in their note.
            </span>
          )}
        </div>
      )}
      <div className="field-row">
        <ProviderSelect
          value={draft.provider}
          emptyLabel={`Default${defaultProvider ? ` (${defaultProvider.name})` : ''}`}
          invalid={Boolean(errors['config.provider'])}
          onChange={(provider) => update({ provider })}
        />
        <ModelInput value={draft.model} onChange={(model) => update({ model })} />
      </div>
      {errors['config.provider'] && <p className="field-error">{errors['config.provider']}</p>}
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={draft.autoRun}
          onChange={(event) => update({ autoRun: event.target.checked })}
        />
        Run by itself for new rows and rows whose inputs change
      </label>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-examples`}>
          Learn from verified cells
        </label>
        <select
          id={`${id}-examples`}
          className="input input--compact"
          value={draft.examples}
          onChange={(event) => update({ examples: event.target.value })}
        >
          <option value="">Automatic: 3 examples once 3 cells are verified</option>
          <option value="0">Off</option>
          {Array.from({ length: MAX_EXAMPLES }, (_, index) => String(index + 1)).map((count) => (
            <option key={count} value={count}>
              {count} {count === '1' ? 'example' : 'examples'} per call
            </option>
          ))}
        </select>
        <span className="field-hint">Each call gets the verified answers of the rows most like its own.</span>
      </div>
    </>
  );
}
