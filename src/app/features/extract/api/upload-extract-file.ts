import { useMutation } from '@tanstack/react-query';
import type { ExtractFile } from '../../../../contract/extract.ts';
import { extractApi } from '../../../../contract/routes/extract.ts';
import { uploadRoute } from '../../../api/typed-client.ts';

/** Uploads a document to extract from (POST /api/v1/files), telling `onProgress` how far it got. */
export function uploadExtractFile(file: File, onProgress?: (fraction: number) => void): Promise<ExtractFile> {
  return uploadRoute(extractApi.uploadFile, { file, onProgress });
}

export function useUploadExtractFile() {
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress?: (fraction: number) => void }) =>
      uploadExtractFile(file, onProgress),
  });
}
