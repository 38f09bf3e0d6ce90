import { useMutation } from '@tanstack/react-query';
import type { Document } from '../../../../contract/documents.ts';
import { authorizationHeader, useAccessToken } from '../../../api/access-token.ts';
import { ApiError } from '../../../api/api-client.ts';

/**
 * Uploads a file as multipart form data. XMLHttpRequest rather than fetch: only it reports upload
 * progress, which a 500 MB file needs.
 */
export function uploadDocument(file: File, onProgress?: (fraction: number) => void): Promise<Document> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/documents');
    const sentToken = useAccessToken.getState().token;
    for (const [name, value] of Object.entries(authorizationHeader())) request.setRequestHeader(name, value);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as unknown;
      if (request.status === 401) useAccessToken.getState().refused(sentToken);
      if (request.status === 201) resolve(body as Document);
      else reject(new ApiError(request.status, (body ?? undefined) as { error?: string } | undefined, body));
    };
    request.onerror = () => reject(new Error('The upload failed: the server could not be reached'));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

/** Uploads a file, telling `onProgress` how far it got. */
export function useUploadDocument() {
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress?: (fraction: number) => void }) =>
      uploadDocument(file, onProgress),
  });
}
