import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Provider, ProviderInput } from '../../../../contract/providers.ts';
import { aiSettingsApi } from '../../../../contract/routes/settings.ts';
import { callRoute } from '../../../api/typed-client.ts';
import { getAiSettingsQueryOptions } from './get-ai-settings.ts';

/** Adds a provider from Settings; the answer masks its key. */
export function createProvider(input: ProviderInput): Promise<Provider> {
  return callRoute(aiSettingsApi.createProvider, { body: input });
}

/** Adds a provider, then refreshes the settings (the first one may become the default). */
export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getAiSettingsQueryOptions().queryKey }),
  });
}
