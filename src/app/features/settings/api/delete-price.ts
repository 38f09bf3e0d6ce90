import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** Removes a price set here: the model goes back to its list price, if it has one. */
export function deletePrice(model: string): Promise<void> {
  return api.delete(`/ai/prices?${new URLSearchParams({ model })}`);
}

export function useDeletePrice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePrice,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.prices() }),
  });
}
