import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ModelPrices } from '../../../../contract/prices.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** Prices per model: those set here, then the public list prices with their date. */
export function getPrices(): Promise<ModelPrices> {
  return api.get<ModelPrices>('/ai/prices');
}

export function getPricesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.prices(), queryFn: getPrices });
}

export function usePrices() {
  return useQuery(getPricesQueryOptions());
}
