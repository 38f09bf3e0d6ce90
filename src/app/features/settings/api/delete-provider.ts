import { useMutation, useQueryClient } from '@tanstack/react-query';
import { aiSettingsApi } from '../../../../contract/routes/settings.ts';
import { callRoute } from '../../../api/typed-client.ts';
import { getAiSettingsQueryOptions } from './get-ai-settings.ts';

/** Removes a provider added in Settings (environment providers are removed from the environment). */
export function deleteProvider(providerId: string): Promise<void> {
  return callRoute(aiSettingsApi.removeProvider, { params: { providerId } });
}

export function useDeleteProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getAiSettingsQueryOptions().queryKey }),
  });
}
