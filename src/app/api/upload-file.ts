import { authorizationHeader, useAccessToken } from './access-token.ts';
import { ApiError } from './api-error.ts';

/**
 * Uploads a file as multipart form data (field `file`) to an API address, expecting 201 and JSON.
 * XMLHttpRequest rather than fetch: only it reports upload progress, which a large file needs.
 * Features call a declared upload route with `uploadRoute` (typed-client.ts), which calls this.
 */
export function uploadFile<T>(href: string, file: File, onProgress?: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', href);
    const sentToken = useAccessToken.getState().token;
    for (const [name, value] of Object.entries(authorizationHeader())) request.setRequestHeader(name, value);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as unknown;
      if (request.status === 401) useAccessToken.getState().refused(sentToken);
      if (request.status === 201) resolve(body as T);
      else reject(new ApiError(request.status, (body ?? undefined) as { error?: string } | undefined, body));
    };
    request.onerror = () => reject(new Error('The upload failed: the server could not be reached'));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
