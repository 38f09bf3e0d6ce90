import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ExtractEstimate, ExtractEstimateInput } from '../../../../contract/extract.ts';
import { extractApi } from '../../../../contract/routes/extract.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** What an extraction would take; the server reads the sources (downloads included) to say. */
export function estimateExtraction(input: ExtractEstimateInput): Promise<ExtractEstimate> {
  return callRoute(extractApi.estimate, { body: input });
}

export function estimateExtractionQueryOptions(input: ExtractEstimateInput) {
  // The same sources estimate the same: kept while the dialog is open, never refetched on focus.
  return queryOptions({
    queryKey: queryKeys.extractEstimate(input),
    queryFn: () => estimateExtraction(input),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useExtractionEstimate(input: ExtractEstimateInput) {
  return useQuery(estimateExtractionQueryOptions(input));
}
