import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dashboard, DashboardItem } from '../../../../contract/charts.ts';
import { chartApi } from '../../../../contract/routes/charts.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

export function saveDashboard(tableId: string, items: DashboardItem[]): Promise<Dashboard> {
  return callRoute(chartApi.saveLayout, { params: { id: tableId }, body: { items } });
}

/**
 * Saves the arrangement. The cached dashboard takes the new order at once (the drag already showed it),
 * and goes back to the server's if the save is refused.
 */
export function useSaveDashboard(tableId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: DashboardItem[]) => saveDashboard(tableId, items),
    onMutate: (items) => {
      const before = queryClient.getQueryData<Dashboard>(queryKeys.dashboard(tableId));
      if (before) queryClient.setQueryData<Dashboard>(queryKeys.dashboard(tableId), { ...before, items });
      return { before };
    },
    onError: (_error, _items, context) => {
      if (context?.before) queryClient.setQueryData(queryKeys.dashboard(tableId), context.before);
    },
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.dashboard(tableId), saved),
  });
}
