import { randomBytes } from 'node:crypto';
import { checkDestination, type DestinationPolicy, OutboundError, policyWith } from './destination.ts';
import { exchange, type Outgoing, toResponse } from './http-exchange.ts';

export { configureOutbound, OutboundError, OutboundRefused } from './destination.ts';

/**
 * The one door for every request the server makes to the outside world: AI providers, web search and
 * page reads of research columns, webhooks. Each request (and each redirect) is checked against the
 * address policy before connecting, connects to the very address that was checked, and is limited in
 * size and time while its answer streams in. Decisions: docs/security.md.
 */

/** Tells which server process made a request (several may share one store), without naming the machine. */
export const INSTANCE = `${process.pid}-${randomBytes(3).toString('hex')}`;

export interface OutboundOptions {
  /** Origins the operator configured (a provider's base URL, SEARXNG_URL): reached whatever their address. */
  trustedOrigins?: string[];
  /** A bigger answer fails the request (default 32 MiB). */
  maxBytes?: number;
  /** The whole exchange, answer included, gives up after this long (default 5 minutes). */
  timeoutMs?: number;
  /** Redirects followed, each checked like the first request (default 5). */
  maxRedirects?: number;
  /** Overrides for tests: the resolver and allow list. */
  policy?: Partial<DestinationPolicy>;
}

const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Credentials a redirect to another origin must not carry along. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization', 'x-api-key'];

/** Where a redirect leads and what of the request goes along (fetch's rules: 303, and POST on 301/302, become GET). */
function redirected(outgoing: Outgoing, status: number, location: string): Outgoing {
  const url = new URL(location, outgoing.url);
  const headers = new Headers(outgoing.headers);
  if (url.origin !== outgoing.url.origin) for (const name of CREDENTIAL_HEADERS) headers.delete(name);
  if (status === 303 || ((status === 301 || status === 302) && outgoing.method === 'POST')) {
    headers.delete('content-type');
    headers.delete('content-length');
    return { url, method: 'GET', headers, body: undefined };
  }
  return { ...outgoing, url, headers };
}

/**
 * A `fetch` that goes through the guard: what provider SDKs are given, and what the helpers below use.
 * Redirects are followed by hand so that each one is checked before it is connected to.
 */
export function guardedFetch(options: OutboundOptions = {}): typeof fetch {
  const trusted = new Set((options.trustedOrigins ?? []).map((origin) => new URL(origin).origin));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? 5;
  return async (input, init) => {
    const request = new Request(input, init);
    const signal = AbortSignal.any([
      request.signal,
      AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    ]);
    const headers = new Headers(request.headers);
    headers.set('x-ai-tables-instance', INSTANCE);
    if (!headers.has('user-agent')) headers.set('user-agent', 'ai-tables');
    // Answers come uncompressed: the size limit then counts what is really read.
    headers.delete('accept-encoding');
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    if (body) headers.set('content-length', String(body.length));
    let outgoing: Outgoing = { url: new URL(request.url), method: request.method, headers, body };
    for (let hop = 0; ; hop++) {
      const policy = policyWith(options.policy);
      const addresses = await checkDestination(outgoing.url, {
        trusted: trusted.has(outgoing.url.origin),
        policy,
      });
      const message = await exchange(outgoing, addresses, signal);
      const location = message.headers.location;
      const status = message.statusCode ?? 0;
      if (!REDIRECTS.has(status) || !location || request.redirect === 'manual')
        return toResponse(message, outgoing.url, maxBytes, signal);
      message.resume();
      if (request.redirect === 'error') throw new TypeError('fetch failed: redirect refused');
      if (hop >= maxRedirects) throw new OutboundError(`more than ${maxRedirects} redirects`, false);
      outgoing = redirected(outgoing, status, location);
    }
  };
}

const door = guardedFetch();

/** Why a request failed, in words for a trigger's or a cell's error. */
function failure(url: URL, error: unknown, timeoutMs: number): OutboundError {
  if (error instanceof OutboundError) return error;
  const reason =
    error instanceof Error && error.name === 'TimeoutError'
      ? `no answer within ${timeoutMs} ms`
      : String((error as Error)?.cause ?? error);
  return new OutboundError(`${url.host}: ${reason}`, true);
}

/**
 * POSTs JSON (a webhook) and resolves with the status of a 2xx answer; throws OutboundError otherwise.
 * Redirects are not followed: a webhook that moved says so with its status.
 */
export async function postJson(
  target: string,
  body: unknown,
  options: { headers?: Record<string, string>; timeoutMs: number },
): Promise<number> {
  const url = new URL(target);
  let response: Response;
  try {
    response = await door(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw failure(url, error, options.timeoutMs);
  }
  // The body is not needed; reading it frees the connection.
  await response.body?.cancel().catch(() => undefined);
  if (response.ok) return response.status;
  const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
  throw new OutboundError(`${url.host} answered HTTP ${response.status}`, retryable, response.status);
}

/**
 * GETs a page or an API answer as text, reading at most `maxBytes` of it (the rest is never
 * downloaded). A non-2xx answer throws.
 */
export async function readText(
  target: string,
  options: { maxBytes: number; timeoutMs: number; signal?: AbortSignal; trustedOrigins?: string[] },
): Promise<string> {
  const url = new URL(target);
  const fetcher = options.trustedOrigins ? guardedFetch({ trustedOrigins: options.trustedOrigins }) : door;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetcher(url, {
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new OutboundError(`${url} answered ${response.status}`, response.status >= 500);
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    while (size < options.maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      size += value.length;
    }
    await reader.cancel().catch(() => undefined);
    return new TextDecoder().decode(Buffer.concat(parts).subarray(0, options.maxBytes));
  } catch (error) {
    throw failure(url, error, options.timeoutMs);
  }
}

/** More than one read of an answer's body brings. */
const READ_SLACK = 1024 * 1024;

/**
 * GETs a file (an extraction's file_urls): its bytes and content type. An answer larger than
 * `maxBytes` fails (it is not cut short: half a PDF is no PDF), as does a non-2xx answer.
 */
export async function readBytes(
  target: string,
  options: { maxBytes: number; timeoutMs: number },
): Promise<{ bytes: Uint8Array; contentType: string }> {
  const url = new URL(target);
  const tooLarge = () =>
    new OutboundError(`${url.host}: the file is larger than ${options.maxBytes} bytes`, false);
  try {
    // The guard's own limit is a backstop set a read's worth above ours (reads come in chunks of up
    // to 64 KiB), so the count below ends the download first and the reason names this host and limit.
    const fetcher = guardedFetch({ maxBytes: options.maxBytes + READ_SLACK, timeoutMs: options.timeoutMs });
    const response = await fetcher(url, { signal: AbortSignal.timeout(options.timeoutMs) });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new OutboundError(`${url} answered HTTP ${response.status}`, response.status >= 500);
    }
    if (Number(response.headers.get('content-length') ?? 0) > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > options.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      parts.push(value);
    }
    return { bytes: Buffer.concat(parts), contentType: response.headers.get('content-type') ?? '' };
  } catch (error) {
    throw failure(url, error, options.timeoutMs);
  }
}
