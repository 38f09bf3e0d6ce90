import { useMutation } from '@tanstack/react-query';
import type { Document } from '../../../../contract/documents.ts';
import { documentApi } from '../../../../contract/routes/documents.ts';
import { uploadRoute } from '../../../api/typed-client.ts';

/** Uploads a file for import, telling `onProgress` how far it got. */
export function uploadDocument(file: File, onProgress?: (fraction: number) => void): Promise<Document> {
  return uploadRoute(documentApi.upload, { file, onProgress });
}

/** Uploads a file, telling `onProgress` how far it got. */
export function useUploadDocument() {
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress?: (fraction: number) => void }) =>
      uploadDocument(file, onProgress),
  });
}
