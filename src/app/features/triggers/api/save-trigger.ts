import { useMutation, useQueryClient } from '@tanstack/react-query';
import { triggerApi } from '../../../../contract/routes/triggers.ts';
import type { CreateTriggerInput, Trigger, UpdateTriggerInput } from '../../../../contract/triggers.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export function createTrigger(tableId: string, input: CreateTriggerInput): Promise<Trigger> {
  return callRoute(triggerApi.create, { params: { id: tableId }, body: input });
}

export function updateTrigger(
  tableId: string,
  triggerId: string,
  input: UpdateTriggerInput,
): Promise<Trigger> {
  return callRoute(triggerApi.update, { params: { id: tableId, triggerId }, body: input });
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.triggers(tableId) }),
  });
}
