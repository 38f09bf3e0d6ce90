import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AiSettings } from '../../../../contract/providers.ts';
import { aiSettingsApi } from '../../../../contract/routes/settings.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** The configured providers (keys masked), the defaults, and whether web search is available. */
export function getAiSettings(): Promise<AiSettings> {
  return callRoute(aiSettingsApi.get, {});
}

export function getAiSettingsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.aiSettings(), queryFn: getAiSettings });
}

export function useAiSettings() {
  return useQuery(getAiSettingsQueryOptions());
}
