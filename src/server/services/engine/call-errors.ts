import { APICallError } from 'ai';

export interface ClassifiedError {
  error: string;
  retryable: boolean;
  retryAfterMs?: number;
  raw?: string;
}

/** Retry-After as seconds or an HTTP date; retry-after-ms as OpenAI sends it. */
export function retryAfterMs(
  headers: Record<string, string> | undefined,
  now = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers['retry-after-ms']);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers['retry-after'];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const causes = (error: unknown): unknown[] => {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 8; current = (current as { cause?: unknown }).cause) {
    chain.push(current);
  }
  return chain;
};

/**
 * What went wrong with a provider call, in words a person can act on, and whether trying again later
 * can help. The messages become the cell's error.
 */
export function classifyCallError(
  error: unknown,
  context: { timedOut: boolean; timeoutMs: number },
): ClassifiedError {
  if (context.timedOut) {
    return {
      error: `The provider did not answer within ${Math.round(context.timeoutMs / 1000)} s`,
      retryable: true,
    };
  }
  const chain = causes(error);
  const api = chain.find((item): item is APICallError => APICallError.isInstance(item));
  if (api) {
    const status = api.statusCode ?? 0;
    const detail = api.message.slice(0, 300);
    if (status === 429) {
      return {
        error: `Rate limited by the provider (429): ${detail}`,
        retryable: true,
        retryAfterMs: retryAfterMs(api.responseHeaders),
      };
    }
    if (status >= 500 || status === 408 || status === 0) {
      return {
        error: `The provider failed (${status || 'no status'}): ${detail}`,
        retryable: true,
        retryAfterMs: retryAfterMs(api.responseHeaders),
      };
    }
    if (status === 401 || status === 403) {
      return {
        error: `The provider refused the API key (${status}): check it in Settings`,
        retryable: false,
      };
    }
    if (status === 404) return { error: `Unknown model or endpoint (404): ${detail}`, retryable: false };
    return { error: `The provider refused the request (${status}): ${detail}`, retryable: false };
  }
  const named = chain.find(
    (item) => item instanceof Error && /NoObjectGenerated|NoOutput|TypeValidation|JSONParse/.test(item.name),
  );
  if (named) {
    const text = (named as { text?: string }).text;
    const reason = (chain.at(-1) as Error | undefined)?.message ?? (named as Error).message;
    return {
      error: `The answer did not fit the column's format: ${reason}`.slice(0, 500),
      retryable: true,
      raw: text,
    };
  }
  const network = chain.find(
    (item) =>
      item instanceof Error &&
      /ECONNREFUSED|ENOTFOUND|ECONNRESET|fetch failed|socket/i.test(
        `${item.message} ${(item as { code?: string }).code ?? ''}`,
      ),
  );
  if (network)
    return { error: `Could not reach the provider: ${(network as Error).message}`, retryable: true };
  if (chain.some((item) => item instanceof Error && item.name === 'AbortError')) {
    return { error: 'The call was cancelled', retryable: false };
  }
  return {
    error: `The call failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
    retryable: false,
  };
}
