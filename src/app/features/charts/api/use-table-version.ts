import { useTableStatus } from '../../../api/live/get-table-status.ts';

/**
 * The table's change sequence, from the table status polling: edits from the grid, other clients,
 * imports, triggers and AI answers all advance it, and chart data keyed by it is then fetched again.
 */
export function useTableVersion(tableId: string): number | undefined {
  return useTableStatus(tableId).data?.version;
}
