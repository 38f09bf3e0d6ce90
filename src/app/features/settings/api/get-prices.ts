import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ModelPrices } from '../../../../contract/prices.ts';
import { priceApi } from '../../../../contract/routes/prices.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Prices per model: those set here, then the public list prices with their date. */
export function getPrices(): Promise<ModelPrices> {
  return callRoute(priceApi.list, {});
}

export function getPricesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.prices(), queryFn: getPrices });
}

export function usePrices() {
  return useQuery(getPricesQueryOptions());
}
