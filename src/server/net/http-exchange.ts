import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { type CheckedAddress, OutboundError } from './destination.ts';

/** One HTTP exchange for the outbound door (outbound.ts), on node:http so the connection can be pinned. */

const NULL_BODY = new Set([101, 204, 205, 304]);
/** Kept-alive connections; a reused one was connected to an address checked when it was opened. */
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

/** A lookup that answers with the addresses already checked instead of asking DNS again. */
const pinnedLookup =
  (addresses: CheckedAddress[]): LookupFunction =>
  (_host, options, callback) => {
    if (options.all) return callback(null, addresses);
    const [first] = addresses as [CheckedAddress];
    callback(null, first.address, first.family);
  };

/** A request as the door sends it: the body read once, so a redirect can send it again. */
export interface Outgoing {
  url: URL;
  method: string;
  headers: Headers;
  body: Buffer | undefined;
}

/** Sends one request to checked addresses and resolves with the answer's head. */
export function exchange(
  outgoing: Outgoing,
  addresses: CheckedAddress[],
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const { url, method, headers, body } = outgoing;
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(url, {
      method,
      headers: Object.fromEntries(headers),
      lookup: pinnedLookup(addresses),
      agent: agents[url.protocol as 'http:' | 'https:'],
      signal,
    });
    request.on('response', resolve);
    // As fetch does: an abort rejects with the signal's reason, anything else is "fetch failed".
    request.on('error', (error) =>
      reject(signal.aborted ? signal.reason : new TypeError('fetch failed', { cause: error })),
    );
    request.end(body);
  });
}

/** The answer's body as a web stream that fails once it passes `maxBytes` or the signal aborts. */
function limitedBody(
  message: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const chunks = message[Symbol.asyncIterator]();
  let received = 0;
  const onAbort = () => message.destroy(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) {
          signal.removeEventListener('abort', onAbort);
          return controller.close();
        }
        received += (next.value as Buffer).length;
        if (received > maxBytes) {
          message.destroy();
          throw new OutboundError(`the answer is larger than ${maxBytes} bytes`, false);
        }
        controller.enqueue(next.value as Buffer);
      } catch (error) {
        signal.removeEventListener('abort', onAbort);
        controller.error(signal.aborted ? signal.reason : error);
      }
    },
    cancel() {
      signal.removeEventListener('abort', onAbort);
      message.destroy();
    },
  });
}

/** The answer as a fetch Response, its body limited in size and bound to the request's signal. */
export function toResponse(
  message: IncomingMessage,
  url: URL,
  maxBytes: number,
  signal: AbortSignal,
): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const item of Array.isArray(value) ? value : [value ?? '']) headers.append(name, item);
  }
  const status = message.statusCode ?? 502;
  const body = NULL_BODY.has(status) ? null : limitedBody(message, maxBytes, signal);
  if (!body) message.resume();
  const response = new Response(body, { status, statusText: message.statusMessage ?? '', headers });
  Object.defineProperty(response, 'url', { value: url.toString() });
  return response;
}
