import { useMutation } from '@tanstack/react-query';
import type { PreviewInput, PreviewResult } from '../../../../contract/preview.ts';
import { api } from '../../../api/api-client.ts';

/** Runs draft AI settings on up to three rows; nothing is saved. */
export function previewColumn({
  tableId,
  input,
}: {
  tableId: string;
  input: PreviewInput;
}): Promise<PreviewResult[]> {
  return api.post<PreviewResult[]>(`/tables/${encodeURIComponent(tableId)}/columns/preview`, input);
}

export function usePreviewColumn() {
  return useMutation({ mutationFn: previewColumn });
}
