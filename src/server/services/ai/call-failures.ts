/**
 * Why a provider call (or a task standing for one) failed, as a type: the engine retries a cell or
 * fails it by the type, never by reading the message, and the message is what the cell shows.
 */
export abstract class CallFailure extends Error {
  /** Trying again later may help (rate limits, provider errors, timeouts, unreachable, unfit answers). */
  abstract readonly retryable: boolean;
  /** What the provider asked us to wait (Retry-After), in ms. */
  readonly retryAfterMs: number | undefined;
  /** The model's text, when it answered something that did not fit. */
  readonly raw: string | undefined;

  constructor(message: string, details: { retryAfterMs?: number; raw?: string; cause?: unknown } = {}) {
    super(message, { cause: details.cause });
    this.name = new.target.name;
    this.retryAfterMs = details.retryAfterMs;
    this.raw = details.raw;
  }
}

/** The provider took longer than the call's timeout. */
export class CallTimedOut extends CallFailure {
  readonly retryable = true;
}

/** The provider said slow down (429); its Retry-After is honoured. */
export class RateLimited extends CallFailure {
  readonly retryable = true;
}

/** The provider failed on its side (5xx, 408, or no answer at all). */
export class ProviderFailed extends CallFailure {
  readonly retryable = true;
}

/** The provider could not be reached (refused or reset connection, unknown host). */
export class ProviderUnreachable extends CallFailure {
  readonly retryable = true;
}

/** The answer did not fit the column's format (not JSON, or not the schema): asked again. */
export class UnfitAnswer extends CallFailure {
  readonly retryable = true;
}

/** The provider refused the API key (401, 403): a person must fix it in Settings. */
export class KeyRefused extends CallFailure {
  readonly retryable = false;
}

/** The provider refused the request itself (an unknown model, a 4xx): asking again gets the same. */
export class RequestRefused extends CallFailure {
  readonly retryable = false;
}

/** The call was aborted: its run stopped. */
export class CallCancelled extends CallFailure {
  readonly retryable = false;
}

/** Anything else: not retried, since nothing says a retry would go better. */
export class UnexpectedFailure extends CallFailure {
  readonly retryable = false;
}
