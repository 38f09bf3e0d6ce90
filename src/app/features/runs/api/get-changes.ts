import type { Changes } from '../../../../contract/changes.ts';
import { api } from '../../../api/api-client.ts';

/** What changed in a table after `since`: rows as they are now (with their cells), deletions, column changes. */
export function getChanges(tableId: string, since: number): Promise<Changes> {
  return api.get<Changes>(`/tables/${encodeURIComponent(tableId)}/changes`, { query: { since } });
}
