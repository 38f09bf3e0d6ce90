import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client.ts';
import { triggersKey } from './get-triggers.ts';

export function deleteTrigger(tableId: string, triggerId: string): Promise<void> {
  return api.delete(`/tables/${encodeURIComponent(tableId)}/triggers/${encodeURIComponent(triggerId)}`);
}

export function useDeleteTrigger(tableId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (triggerId: string) => deleteTrigger(tableId, triggerId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: triggersKey(tableId) }),
  });
}
