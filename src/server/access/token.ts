import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether `given` is the token, in time that does not depend on where they differ: both are hashed
 * first, so the comparison also takes the same time whatever their lengths.
 */
export function tokenMatches(given: string, token: string): boolean {
  return timingSafeEqual(sha256(given), sha256(token));
}

/** The token of an `Authorization: Bearer <token>` header, if it has that shape. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** How long a signed download address stays valid. */
export const SIGNED_URL_TTL_MS = 60_000;

const signatureOf = (token: string, signed: string): string =>
  createHmac('sha256', `download:${token}`).update(signed, 'utf8').digest('hex');

/**
 * Signs a GET address (path and query) for a short while, so a browser can fetch it as a plain link
 * (a download) that cannot carry an Authorization header. The signature covers the whole address.
 */
export function signUrl(token: string, pathAndQuery: string, now = Date.now()): string {
  const separator = pathAndQuery.includes('?') ? '&' : '?';
  const signed = `${pathAndQuery}${separator}expires=${now + SIGNED_URL_TTL_MS}`;
  return `${signed}&signature=${signatureOf(token, signed)}`;
}

/** Whether a GET address carries a valid, unexpired signature made by {@link signUrl}. */
export function signedUrlValid(token: string, pathAndQuery: string, now = Date.now()): boolean {
  const match = /^(.*[?&]expires=(\d{1,15}))&signature=([0-9a-f]{64})$/.exec(pathAndQuery);
  if (!match?.[1] || !match[2] || !match[3]) return false;
  if (Number(match[2]) < now) return false;
  return timingSafeEqual(Buffer.from(signatureOf(token, match[1]), 'hex'), Buffer.from(match[3], 'hex'));
}
