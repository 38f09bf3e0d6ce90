import { isIP } from 'node:net';

/** An IP address as its bytes: 4 for IPv4, 16 for IPv6. */
export type IpBytes = Uint8Array;

/** A range of addresses: `10.0.0.0/8`, `fc00::/7`. */
export interface Cidr {
  bytes: IpBytes;
  prefix: number;
}

/** The bytes of an IPv4 or IPv6 literal (brackets and a zone index allowed), or null. */
export function parseIp(text: string): IpBytes | null {
  const address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(address);
  if (family === 4) return new Uint8Array(address.split('.').map(Number));
  if (family !== 6) return null;
  // An embedded dotted quad (::ffff:127.0.0.1) becomes its two 16-bit groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  let text6 = address;
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    text6 = `${address.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text6.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const all = [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back];
  const bytes = new Uint8Array(16);
  all.forEach((group, index) => {
    const value = Number.parseInt(group, 16);
    bytes[index * 2] = value >> 8;
    bytes[index * 2 + 1] = value & 0xff;
  });
  return bytes;
}

/** `10.0.0.0/8`, or a single address as its own range; null when it is not one. */
export function parseCidr(text: string): Cidr | null {
  const [address = '', prefixText] = text.split('/');
  const bytes = parseIp(address);
  if (!bytes) return null;
  const max = bytes.length * 8;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return null;
  return { bytes, prefix };
}

/** Whether an address lies in a range (IPv4-mapped IPv6 addresses count as their IPv4 address). */
export function inCidr(address: IpBytes, range: Cidr): boolean {
  const bytes =
    address.length === 16 && range.bytes.length === 4 ? (mappedIpv4(address) ?? address) : address;
  if (bytes.length !== range.bytes.length) return false;
  for (let bit = 0; bit < range.prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    const index = bit >> 3;
    if (((bytes[index] ?? 0) & mask) !== ((range.bytes[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d (deprecated) or 64:ff9b::a.b.c.d (NAT64). */
function mappedIpv4(bytes: IpBytes): IpBytes | null {
  const head = Array.from(bytes.slice(0, 12));
  const zeros = (from: number, to: number) => head.slice(from, to).every((byte) => byte === 0);
  const mapped = zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff;
  // ::a.b.c.d, but not :: and ::1, which are IPv6's own unspecified and loopback addresses.
  const compatible = zeros(0, 12) && bytes[12] !== 0;
  const nat64 = bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12);
  return mapped || compatible || nat64 ? bytes.slice(12) : null;
}

/** Ranges a server must not reach on a user's or a model's say-so, each with the words for why. */
const BLOCKED: Array<[string, string]> = [
  ['0.0.0.0/8', 'an unspecified ("this network") address'],
  ['10.0.0.0/8', 'a private address'],
  ['100.64.0.0/10', 'a shared (carrier-grade NAT) address'],
  ['127.0.0.0/8', 'a loopback address'],
  ['169.254.0.0/16', 'a link-local address (cloud metadata lives here)'],
  ['172.16.0.0/12', 'a private address'],
  ['192.0.0.0/24', 'a reserved address'],
  ['192.168.0.0/16', 'a private address'],
  ['198.18.0.0/15', 'a reserved (benchmarking) address'],
  ['224.0.0.0/4', 'a multicast address'],
  ['240.0.0.0/4', 'a reserved address'],
  ['::/128', 'an unspecified address'],
  ['::1/128', 'a loopback address'],
  ['fc00::/7', 'a private (unique local) address'],
  ['fe80::/10', 'a link-local address'],
  ['fec0::/10', 'a private (site-local) address'],
  ['ff00::/8', 'a multicast address'],
];
const blocked = BLOCKED.map(([range, reason]) => ({ range: parseCidr(range) as Cidr, reason }));

/** Why an address may not be called ("a loopback address"), or null when it is a public address. */
export function blockedReason(address: string): string | null {
  const bytes = parseIp(address);
  if (!bytes) return 'not an IP address';
  return blocked.find(({ range }) => inCidr(bytes, range))?.reason ?? null;
}
