import {
  APICallError,
  JSONParseError,
  NoContentGeneratedError,
  NoObjectGeneratedError,
  NoOutputGeneratedError,
  TypeValidationError,
} from 'ai';
import {
  CallCancelled,
  CallFailure,
  CallTimedOut,
  KeyRefused,
  ProviderFailed,
  ProviderUnreachable,
  RateLimited,
  RequestRefused,
  UnexpectedFailure,
  UnfitAnswer,
} from './call-failures.ts';

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

/** Socket error codes of Node and undici that mean the provider could not be reached. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const causes = (error: unknown): unknown[] => {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 8; current = (current as { cause?: unknown }).cause) {
    chain.push(current);
  }
  return chain;
};

const isUnfit = (error: unknown) =>
  NoObjectGeneratedError.isInstance(error) ||
  NoOutputGeneratedError.isInstance(error) ||
  NoContentGeneratedError.isInstance(error) ||
  TypeValidationError.isInstance(error) ||
  JSONParseError.isInstance(error);

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/**
 * What went wrong with a provider call, as a typed failure (call-failures.ts) whose message a person can
 * act on; it becomes the cell's error. Decided by the errors' types (the AI SDK's, Node's socket codes)
 * and the call's own signals, never by their message text.
 */
export function classifyCallError(
  error: unknown,
  context: { timedOut: boolean; timeoutMs: number; cancelled?: boolean },
): CallFailure {
  if (error instanceof CallFailure) return error;
  if (context.timedOut) {
    return new CallTimedOut(`The provider did not answer within ${Math.round(context.timeoutMs / 1000)} s`, {
      cause: error,
    });
  }
  const chain = causes(error);
  const api = chain.find((item): item is APICallError => APICallError.isInstance(item));
  if (api) return apiFailure(api);
  const unfit = chain.find(isUnfit);
  if (unfit) {
    const text = (unfit as { text?: string }).text;
    const reason = (chain.at(-1) as Error | undefined)?.message ?? (unfit as Error).message;
    return new UnfitAnswer(`The answer did not fit the column's format: ${reason}`.slice(0, 500), {
      raw: text,
      cause: error,
    });
  }
  const network = chain.find((item) => UNREACHABLE_CODES.has(String(codeOf(item))));
  if (network) {
    // undici says "fetch failed" and puts the socket's own error underneath: that one names the host.
    return new ProviderUnreachable(`Could not reach the provider: ${(network as Error).message}`, {
      cause: error,
    });
  }
  if (context.cancelled) return new CallCancelled('The call was cancelled', { cause: error });
  return new UnexpectedFailure(
    `The call failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
    { cause: error },
  );
}

/** A provider's HTTP answer, by its status. */
function apiFailure(api: APICallError): CallFailure {
  const status = api.statusCode ?? 0;
  const detail = api.message.slice(0, 300);
  const retryAfter = retryAfterMs(api.responseHeaders);
  if (status === 429) {
    return new RateLimited(`Rate limited by the provider (429): ${detail}`, {
      retryAfterMs: retryAfter,
      cause: api,
    });
  }
  if (status >= 500 || status === 408 || status === 0) {
    return new ProviderFailed(`The provider failed (${status || 'no status'}): ${detail}`, {
      retryAfterMs: retryAfter,
      cause: api,
    });
  }
  if (status === 401 || status === 403) {
    return new KeyRefused(`The provider refused the API key (${status}): check it in Settings`, {
      cause: api,
    });
  }
  if (status === 404) return new RequestRefused(`Unknown model or endpoint (404): ${detail}`, { cause: api });
  return new RequestRefused(`The provider refused the request (${status}): ${detail}`, { cause: api });
}
