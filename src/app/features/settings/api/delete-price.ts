import { useMutation, useQueryClient } from '@tanstack/react-query';
import { priceApi } from '../../../../contract/routes/prices.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Removes a price set here: the model goes back to its list price, if it has one. */
export async function deletePrice(model: string): Promise<void> {
  await callRoute(priceApi.remove, { query: { model } });
}

export function useDeletePrice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePrice,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.prices() }),
  });
}
