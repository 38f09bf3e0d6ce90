import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AiSettings } from '../../../contract/providers.ts';
import { api } from '../api-client.ts';
import { queryKeys } from '../query-keys.ts';

/** The configured AI providers (keys masked), the defaults, and whether web search is available. */
export function getAiSettings(): Promise<AiSettings> {
  return api.get<AiSettings>('/ai/settings');
}

export function getAiSettingsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.aiSettings(), queryFn: getAiSettings, staleTime: 30_000 });
}

/** AI settings, shared by the settings dialog, the AI column form and the run menu. */
export function useAiSettings() {
  return useQuery(getAiSettingsQueryOptions());
}
