import { type Cidr, inCidr, parseCidr, parseIp } from './address-policy.ts';

/** One exception to the private-address guard: a host (any port or one port) or a range of addresses. */
type Entry = { kind: 'host'; host: string; port: string | null } | { kind: 'range'; range: Cidr };

/** The exceptions named in OUTBOUND_ALLOW. */
export interface AllowList {
  /** Whether a request to `host:port` that resolved to `address` may go ahead although the address is private. */
  allows(host: string, port: string, address: string): boolean;
}

/** The port a URL goes to, with the scheme's default filled in. */
export const portOf = (url: URL): string => url.port || (url.protocol === 'https:' ? '443' : '80');

const normalHost = (host: string) => host.toLowerCase().replace(/^\[|\]$/g, '');

/**
 * Reads OUTBOUND_ALLOW: comma-separated hosts (`ollama.internal`), host:port (`127.0.0.1:11434`,
 * `[::1]:8080`) or CIDR ranges (`10.1.0.0/16`). A malformed entry is an error, not silently ignored:
 * an operator who wrote it meant something.
 */
export function parseAllowList(text: string | undefined): AllowList {
  const entries: Entry[] = [];
  for (const raw of (text ?? '').split(',')) {
    const item = raw.trim();
    if (!item) continue;
    if (item.includes('/')) {
      const range = parseCidr(item);
      if (!range) throw new Error(`OUTBOUND_ALLOW: "${item}" is not a CIDR range`);
      entries.push({ kind: 'range', range });
      continue;
    }
    // A bare IPv6 address has colons but no port; [v6]:port and host:port have one.
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(item);
    const hostPort = /^([^:]+):(\d+)$/.exec(item);
    const [host, port] = bracketed
      ? [bracketed[1] ?? '', bracketed[2] ?? null]
      : hostPort
        ? [hostPort[1] ?? '', hostPort[2] ?? null]
        : [item, null];
    if (!host || (host.includes(':') && !parseIp(host)))
      throw new Error(`OUTBOUND_ALLOW: "${item}" is not a host, host:port or CIDR range`);
    entries.push({ kind: 'host', host: normalHost(host), port });
  }
  return {
    allows(host, port, address) {
      const name = normalHost(host);
      const ip = parseIp(address);
      return entries.some((entry) => {
        if (entry.kind === 'range') return ip !== null && inCidr(ip, entry.range);
        if (entry.port !== null && entry.port !== port) return false;
        if (entry.host === name) return true;
        // An address entry matches the address a name resolved to, as well as the literal in a URL.
        const entryIp = parseIp(entry.host);
        return entryIp !== null && ip !== null && inCidr(ip, { bytes: entryIp, prefix: entryIp.length * 8 });
      });
    },
  };
}
