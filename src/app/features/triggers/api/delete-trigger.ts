import { useMutation, useQueryClient } from '@tanstack/react-query';
import { triggerApi } from '../../../../contract/routes/triggers.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export async function deleteTrigger(tableId: string, triggerId: string): Promise<void> {
  await callRoute(triggerApi.remove, { params: { id: tableId, triggerId } });
}

export function useDeleteTrigger(tableId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (triggerId: string) => deleteTrigger(tableId, triggerId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.triggers(tableId) }),
  });
}
