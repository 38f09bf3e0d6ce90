import { queryKeys } from '../../../api/query-keys.ts';

/**
 * Key of one row. It sits under the table, so any change to the table refreshes it, but beside
 * 'rows', so code that patches cached pages of rows never meets a single row there.
 */
export const rowKey = (tableId: string, rowId: string) =>
  [...queryKeys.table(tableId), 'row', rowId] as const;
