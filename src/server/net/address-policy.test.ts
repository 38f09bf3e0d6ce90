import { describe, expect, it } from 'vitest';
import { blockedReason } from './address-policy.ts';
import { parseAllowList } from './allow-list.ts';

describe('blockedReason', () => {
  it.each([
    ['127.0.0.1', /loopback/],
    ['127.5.6.7', /loopback/],
    ['169.254.169.254', /link-local/],
    ['10.1.2.3', /private/],
    ['172.20.0.1', /private/],
    ['192.168.1.1', /private/],
    ['100.64.0.1', /shared/],
    ['0.0.0.0', /unspecified/],
    ['224.0.0.251', /multicast/],
    ['255.255.255.255', /reserved/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fe80::1', /link-local/],
    ['fd12:3456::1', /private/],
    ['ff02::1', /multicast/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:a9fe:a9fe', /link-local/],
    ['64:ff9b::10.0.0.1', /private/],
  ])('refuses %s', (address, reason) => {
    expect(blockedReason(address)).toMatch(reason);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'lets the public address %s through',
    (address) => {
      expect(blockedReason(address)).toBeNull();
    },
  );
});

describe('parseAllowList', () => {
  it('matches hosts, host:port, addresses and CIDR ranges', () => {
    const allow = parseAllowList('ollama.internal, 127.0.0.1:11434, [::1]:8080, 10.1.0.0/16');
    expect(allow.allows('ollama.internal', '80', '10.9.9.9')).toBe(true);
    expect(allow.allows('OLLAMA.internal', '443', '10.9.9.9')).toBe(true);
    expect(allow.allows('127.0.0.1', '11434', '127.0.0.1')).toBe(true);
    expect(allow.allows('localhost', '11434', '127.0.0.1')).toBe(true);
    expect(allow.allows('127.0.0.1', '11435', '127.0.0.1')).toBe(false);
    expect(allow.allows('::1', '8080', '::1')).toBe(true);
    expect(allow.allows('::1', '8081', '::1')).toBe(false);
    expect(allow.allows('db.internal', '5432', '10.1.200.3')).toBe(true);
    expect(allow.allows('db.internal', '5432', '10.2.0.3')).toBe(false);
  });

  it('refuses a malformed entry instead of ignoring it', () => {
    expect(() => parseAllowList('10.0.0.0/99')).toThrow(/not a CIDR range/);
    expect(() => parseAllowList('a:b:c')).toThrow(/OUTBOUND_ALLOW/);
  });
});
