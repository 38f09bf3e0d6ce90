import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dashboard, DashboardItem } from '../../../../contract/charts.ts';
import { chartApi } from '../../../../contract/routes/charts.ts';
import { callRoute } from '../../../api/typed-client.ts';
import { dashboardKey } from './get-dashboard.ts';

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
      const before = queryClient.getQueryData<Dashboard>(dashboardKey(tableId));
      if (before) queryClient.setQueryData<Dashboard>(dashboardKey(tableId), { ...before, items });
      return { before };
    },
    onError: (_error, _items, context) => {
      if (context?.before) queryClient.setQueryData(dashboardKey(tableId), context.before);
    },
    onSuccess: (saved) => queryClient.setQueryData(dashboardKey(tableId), saved),
  });
}
