import type { RunEstimate } from '../../../../contract/runs.ts';
import { api } from '../../../api/api-client.ts';
import type { StartRunVariables } from './start-run.ts';

/** What a run would cost, from the server: calls, cells left waiting, tokens and cost. Nothing is queued. */
export function estimateRun({ tableId, input }: StartRunVariables): Promise<RunEstimate> {
  return api.post<RunEstimate>(`/tables/${encodeURIComponent(tableId)}/run/estimate`, input);
}
