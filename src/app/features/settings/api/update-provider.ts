import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Provider, ProviderUpdate } from '../../../../contract/providers.ts';
import { api } from '../../../api/api-client.ts';
import { getAiSettingsQueryOptions } from './get-ai-settings.ts';

export interface UpdateProviderVariables {
  providerId: string;
  input: ProviderUpdate;
}

/** Changes a provider added in Settings; an empty `apiKey` keeps the stored one. */
export function updateProvider({ providerId, input }: UpdateProviderVariables): Promise<Provider> {
  return api.patch<Provider>(`/ai/providers/${encodeURIComponent(providerId)}`, input);
}

export function useUpdateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getAiSettingsQueryOptions().queryKey }),
  });
}
