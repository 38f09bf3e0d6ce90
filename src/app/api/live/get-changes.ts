import type { Changes } from '../../../contract/changes.ts';
import { cellApi } from '../../../contract/routes/cells.ts';
import { callRoute } from '../typed-client.ts';

/** What changed in a table after `since`: rows as they are now (with their cells), deletions, column changes. */
export function getChanges(tableId: string, since: number): Promise<Changes> {
  return callRoute(cellApi.changes, { params: { id: tableId }, query: { since } });
}
