import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateColumn } from '../../../api/columns.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/**
 * Saves a computed column's new formula. The server recomputes every row, so the table (columns and
 * rows) is fetched again.
 */
export function useSaveFormula(tableId: string, columnId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (formula: string) => updateColumn(tableId, columnId, { config: { formula } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.table(tableId) }),
  });
}
