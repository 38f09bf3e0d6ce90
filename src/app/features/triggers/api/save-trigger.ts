import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateTriggerInput, Trigger, UpdateTriggerInput } from '../../../../contract/triggers.ts';
import { api } from '../../../api/api-client.ts';
import { triggersKey } from './get-triggers.ts';

const path = (tableId: string) => `/tables/${encodeURIComponent(tableId)}/triggers`;

export function createTrigger(tableId: string, input: CreateTriggerInput): Promise<Trigger> {
  return api.post<Trigger>(path(tableId), input);
}

export function updateTrigger(
  tableId: string,
  triggerId: string,
  input: UpdateTriggerInput,
): Promise<Trigger> {
  return api.patch<Trigger>(`${path(tableId)}/${encodeURIComponent(triggerId)}`, input);
}

/** Creates a trigger, or updates one when an id is given (pause and resume are updates of status). */
export function useSaveTrigger(tableId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      triggerId,
      input,
    }: {
      triggerId?: string;
      input: CreateTriggerInput | UpdateTriggerInput;
    }) =>
      triggerId
        ? updateTrigger(tableId, triggerId, input)
        : createTrigger(tableId, input as CreateTriggerInput),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: triggersKey(tableId) }),
  });
}
