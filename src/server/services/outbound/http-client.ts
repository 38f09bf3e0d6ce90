/**
 * Every request the server makes to addresses users give it (webhooks today; URL imports and research
 * tools later) goes through here, so one place can later refuse private and loopback addresses
 * (see ROADMAP: hardening) and every such request has a timeout.
 */

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

export interface PostOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
}

/** Where the address check will go; today every http(s) URL is allowed. */
function checkDestination(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new OutboundError(`Only http(s) URLs can be called, not ${url.protocol}`, false);
}

/** POSTs JSON and resolves with the status of a 2xx answer; throws OutboundError otherwise. */
export async function postJson(target: string, body: unknown, options: PostOptions): Promise<number> {
  const url = new URL(target);
  checkDestination(url);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'ai-tables', ...options.headers },
      body: JSON.stringify(body),
      // Redirects are not followed: a redirect could lead to an address the check would refuse.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${options.timeoutMs} ms`
        : String((error as Error)?.cause ?? error);
    throw new OutboundError(`${url.host}: ${reason}`, true);
  }
  // The body is not needed; reading it frees the connection.
  await response.arrayBuffer().catch(() => undefined);
  if (response.ok) return response.status;
  const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
  throw new OutboundError(`${url.host} answered HTTP ${response.status}`, retryable, response.status);
}
