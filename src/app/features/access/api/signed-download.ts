import { accessApi } from '../../../../contract/routes/access.ts';
import { useAccessToken } from '../../../api/access-token.ts';
import { callRoute } from '../../../api/typed-client.ts';

/**
 * Follows a download link. A link cannot carry the Authorization header, so with a token held the
 * server first signs the address (valid for a minute) and the browser then fetches that, still
 * streaming the file to disk rather than through the page's memory.
 */
export async function download(href: string): Promise<void> {
  const url = useAccessToken.getState().token
    ? (await callRoute(accessApi.signedUrl, { body: { path: href } })).url
    : href;
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.click();
}
