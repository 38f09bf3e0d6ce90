import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { blockedReason } from './address-policy.ts';
import { type AllowList, parseAllowList, portOf } from './allow-list.ts';

/** A request that did not succeed; `retryable` when trying again later may help (5xx, 408, 429, network). */
export class OutboundError extends Error {
  readonly retryable: boolean;
  readonly status: number | undefined;

  constructor(message: string, retryable: boolean, status?: number) {
    super(message);
    this.name = 'OutboundError';
    this.retryable = retryable;
    this.status = status;
  }
}

/** A request refused before any connection was made, with the reason; retrying cannot help. */
export class OutboundRefused extends OutboundError {
  constructor(url: URL, reason: string) {
    super(`Refused to call ${url.origin}: ${reason}`, false);
    this.name = 'OutboundRefused';
  }
}

/** Resolves a host name to its addresses; injectable so tests can make a name point anywhere. */
export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/** What the guard needs: the operator's exceptions and how names are resolved. */
export interface DestinationPolicy {
  allow: AllowList;
  resolve: Resolver;
}

let defaults: DestinationPolicy = {
  allow: parseAllowList(process.env.OUTBOUND_ALLOW),
  resolve: systemResolver,
};

/** Sets the exceptions (OUTBOUND_ALLOW) and, for tests, the resolver every outbound request uses. */
export function configureOutbound(policy: Partial<DestinationPolicy>): void {
  defaults = { ...defaults, ...policy };
}

/** The policy in force, with a caller's overrides. */
export const policyWith = (overrides: Partial<DestinationPolicy> = {}): DestinationPolicy => ({
  ...defaults,
  ...overrides,
});

/** An address to connect to, already checked. */
export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a URL's host once and checks every address it resolved to: a loopback, link-local,
 * private, multicast or reserved address is refused unless OUTBOUND_ALLOW names it, or the URL is one
 * the operator configured (`trusted`). The request must then connect to exactly these addresses, so a
 * name cannot resolve to a public address for the check and a private one for the connection.
 */
export async function checkDestination(
  url: URL,
  options: { trusted?: boolean; policy?: DestinationPolicy } = {},
): Promise<CheckedAddress[]> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new OutboundRefused(url, `only http and https can be called, not ${url.protocol}`);
  const policy = options.policy ?? defaults;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await policy.resolve(host);
    } catch (error) {
      throw new OutboundError(`${host} could not be resolved: ${(error as Error).message}`, true);
    }
    if (addresses.length === 0) throw new OutboundError(`${host} has no address`, true);
  }
  if (!options.trusted) {
    for (const address of addresses) {
      const reason = blockedReason(address);
      if (reason && !policy.allow.allows(host, portOf(url), address)) {
        const subject = address === host ? host : `${host} resolves to ${address}, which`;
        throw new OutboundRefused(
          url,
          `${subject} is ${reason} (OUTBOUND_ALLOW can name it as an exception)`,
        );
      }
    }
  }
  return addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
}
