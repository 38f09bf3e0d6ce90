import { useQuery } from '@tanstack/react-query';
import { getTableQueryOptions } from '../../tables/api/get-table.ts';

/** How often an open chart asks whether its table changed. */
const POLL_MS = 2_000;

/**
 * The table's change sequence, polled while charts are on screen: edits from the grid, the API, imports
 * and triggers all advance it, and chart data keyed by it is then fetched again. (The AI runs' status
 * polling will drive the same version once it exists.)
 */
export function useTableVersion(tableId: string): number | undefined {
  return useQuery({
    ...getTableQueryOptions(tableId),
    refetchInterval: POLL_MS,
    select: (table) => table.version,
  }).data;
}
