import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ModelPrice, ModelPriceInput } from '../../../../contract/prices.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** Sets a model's price (dollars per million tokens): estimates, costs and budgets use it. */
export function savePrice(input: ModelPriceInput): Promise<ModelPrice> {
  return api.put<ModelPrice>('/ai/prices', input);
}

export function useSavePrice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePrice,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.prices() }),
  });
}
