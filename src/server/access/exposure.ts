import type { AccessConfig } from '../config.ts';

/** Whether a listen address only accepts connections from this machine. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);

/**
 * Refuses to listen beyond this machine with an open API: listening on another address needs
 * AI_TABLES_TOKEN, or the explicit AI_TABLES_INSECURE_NO_TOKEN opt-out, which is returned as a
 * warning to log loudly.
 */
export function checkExposure(host: string, access: AccessConfig): { warning?: string } {
  if (access.token || isLoopback(host)) return {};
  if (!access.insecureNoToken)
    throw new Error(
      `HOST=${host} lets other machines connect, so set AI_TABLES_TOKEN (a long random secret) ` +
        'to require it on every API call, or set AI_TABLES_INSECURE_NO_TOKEN=true to serve an open API on purpose.',
    );
  return {
    warning:
      `INSECURE: listening on ${host} with no access token (AI_TABLES_INSECURE_NO_TOKEN): anyone who can ` +
      'reach this port can read and change every table and spend the provider keys in Settings.',
  };
}

/** The address the server really listens on, as a URL (IPv6 addresses in brackets). */
export function listenUrl(address: string, port: number): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}
