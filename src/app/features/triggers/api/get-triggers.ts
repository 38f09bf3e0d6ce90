import { queryOptions, useQuery } from '@tanstack/react-query';
import { triggerApi } from '../../../../contract/routes/triggers.ts';
import type { Trigger } from '../../../../contract/triggers.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Fire counts and errors change as triggers fire in the background: an open list asks this often. */
const POLL_MS = 3_000;

export function getTriggers(tableId: string): Promise<Trigger[]> {
  return callRoute(triggerApi.list, { params: { id: tableId } });
}

export function getTriggersQueryOptions(tableId: string) {
  return queryOptions({ queryKey: queryKeys.triggers(tableId), queryFn: () => getTriggers(tableId) });
}

/** The table's triggers with their status, fire counts and last errors, kept current while shown. */
export function useTriggers(tableId: string) {
  return useQuery({ ...getTriggersQueryOptions(tableId), refetchInterval: POLL_MS });
}
