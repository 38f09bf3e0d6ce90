import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ModelPrice, ModelPriceInput } from '../../../../contract/prices.ts';
import { priceApi } from '../../../../contract/routes/prices.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Sets a model's price (dollars per million tokens): estimates, costs and budgets use it. */
export function savePrice(input: ModelPriceInput): Promise<ModelPrice> {
  return callRoute(priceApi.set, { body: input });
}

export function useSavePrice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePrice,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.prices() }),
  });
}
