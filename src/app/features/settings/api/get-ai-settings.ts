import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AiSettings } from '../../../../contract/providers.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** The configured providers (keys masked), the defaults, and whether web search is available. */
export function getAiSettings(): Promise<AiSettings> {
  return api.get<AiSettings>('/ai/settings');
}

export function getAiSettingsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.aiSettings(), queryFn: getAiSettings });
}

export function useAiSettings() {
  return useQuery(getAiSettingsQueryOptions());
}
