import { useMutation } from '@tanstack/react-query';
import type { PreviewInput, PreviewResult } from '../../../../contract/preview.ts';
import { runApi } from '../../../../contract/routes/runs.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** Runs draft AI settings on up to three rows; nothing is saved. */
export function previewColumn({
  tableId,
  input,
}: {
  tableId: string;
  input: PreviewInput;
}): Promise<PreviewResult[]> {
  return callRoute(runApi.preview, { params: { id: tableId }, body: input });
}

export function usePreviewColumn() {
  return useMutation({ mutationFn: previewColumn });
}
