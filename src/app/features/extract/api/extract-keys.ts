import type { ExtractEstimateInput } from '../../../../contract/extract.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/**
 * Query keys of extractions. What belongs to a table (the job filling it, a row's source) sits under
 * the table's key, so refreshing the table refreshes them; an estimate belongs to no table yet.
 */
export const extractKeys = {
  estimate: (input: ExtractEstimateInput) => ['extract-estimate', input] as const,
  tableExtraction: (tableId: string) => [...queryKeys.table(tableId), 'extraction'] as const,
  rowSource: (tableId: string, rowId: string) =>
    [...queryKeys.table(tableId), 'extraction', 'row', rowId] as const,
};
