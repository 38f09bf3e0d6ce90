import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EnrichInput, EnrichStarted } from '../../../../contract/enrich.ts';
import { enrichApi } from '../../../../contract/routes/enrich.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export interface StartEnrichmentVariables {
  tableId: string;
  input: EnrichInput;
}

/** Queues the empty target cells (202); the server fills them in the background. */
export function startEnrichment({ tableId, input }: StartEnrichmentVariables): Promise<EnrichStarted> {
  return callRoute(enrichApi.start, { params: { id: tableId }, body: input });
}

/** Starts an enrichment; its history, the runs and the status poll refresh to follow it. */
export function useStartEnrichment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startEnrichment,
    onSuccess: (_, { tableId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.enrichRuns(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.runs(tableId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tableStatus(tableId) });
    },
  });
}
