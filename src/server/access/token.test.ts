import { describe, expect, it } from 'vitest';
import { bearerToken, SIGNED_URL_TTL_MS, signedUrlValid, signUrl, tokenMatches } from './token.ts';

describe('access token checks', () => {
  it('matches the token only, whatever the lengths', () => {
    expect(tokenMatches('secret-token-123456', 'secret-token-123456')).toBe(true);
    expect(tokenMatches('secret-token-12345', 'secret-token-123456')).toBe(false);
    expect(tokenMatches('', 'secret-token-123456')).toBe(false);
  });

  it('reads the token of a Bearer header only', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('accepts a signed address until it expires, and no other token or address', () => {
    const now = 1_000_000;
    const url = signUrl('token-one-123456', '/api/tables/t/export?format=csv', now);
    expect(signedUrlValid('token-one-123456', url, now + SIGNED_URL_TTL_MS)).toBe(true);
    expect(signedUrlValid('token-one-123456', url, now + SIGNED_URL_TTL_MS + 1)).toBe(false);
    expect(signedUrlValid('token-two-123456', url, now)).toBe(false);
    expect(signedUrlValid('token-one-123456', url.replace('/t/', '/u/'), now)).toBe(false);
    expect(signedUrlValid('token-one-123456', `${url}&format=json`, now)).toBe(false);
  });
});
