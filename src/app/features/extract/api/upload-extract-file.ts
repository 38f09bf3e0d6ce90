import { useMutation } from '@tanstack/react-query';
import type { ExtractFile } from '../../../../contract/extract.ts';
import { uploadFile } from '../../../api/upload-file.ts';

/** Uploads a document to extract from (POST /api/v1/files), telling `onProgress` how far it got. */
export function uploadExtractFile(file: File, onProgress?: (fraction: number) => void): Promise<ExtractFile> {
  return uploadFile<ExtractFile>('/v1/files', file, onProgress);
}

export function useUploadExtractFile() {
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress?: (fraction: number) => void }) =>
      uploadExtractFile(file, onProgress),
  });
}
