import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client.ts';
import { getAiSettingsQueryOptions } from './get-ai-settings.ts';

/** Removes a provider added in Settings (environment providers are removed from the environment). */
export function deleteProvider(providerId: string): Promise<void> {
  return api.delete(`/ai/providers/${encodeURIComponent(providerId)}`);
}

export function useDeleteProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProvider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getAiSettingsQueryOptions().queryKey }),
  });
}
