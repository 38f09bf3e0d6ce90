import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ExtractRow } from '../../../../contract/extract.ts';
import { extractApi } from '../../../../contract/routes/extract.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** A row as its extraction knows it: where its values came from, and values that failed their type. */
export function getRowSource(jobId: string, rowId: string): Promise<ExtractRow> {
  return callRoute(extractApi.getRow, { params: { id: jobId, rowId } });
}

export function getRowSourceQueryOptions(tableId: string, jobId: string, rowId: string) {
  return queryOptions({
    queryKey: queryKeys.rowSource(tableId, rowId),
    queryFn: () => getRowSource(jobId, rowId),
    retry: false,
  });
}

/** The row's source; disabled until the table's extraction is known (`jobId`). */
export function useRowSource(tableId: string, jobId: string | undefined, rowId: string) {
  return useQuery({ ...getRowSourceQueryOptions(tableId, jobId ?? '', rowId), enabled: jobId !== undefined });
}
