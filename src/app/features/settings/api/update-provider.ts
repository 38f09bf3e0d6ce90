import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Provider, ProviderUpdate } from '../../../../contract/providers.ts';
import { aiSettingsApi } from '../../../../contract/routes/settings.ts';
import { callRoute } from '../../../api/typed-client.ts';
import { getAiSettingsQueryOptions } from './get-ai-settings.ts';

export interface UpdateProviderVariables {
  providerId: string;
  input: ProviderUpdate;
}

/** Changes a provider added in Settings; an empty `apiKey` keeps the stored one. */
export function updateProvider({ providerId, input }: UpdateProviderVariables): Promise<Provider> {
  return callRoute(aiSettingsApi.updateProvider, { params: { providerId }, body: input });
}

export function useUpdateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getAiSettingsQueryOptions().queryKey }),
  });
}
