import { APICallError, NoObjectGeneratedError, TypeValidationError } from 'ai';
import { describe, expect, it } from 'vitest';
import { classifyCallError } from './call-errors.ts';
import {
  CallCancelled,
  CallTimedOut,
  KeyRefused,
  ProviderFailed,
  ProviderUnreachable,
  RateLimited,
  RequestRefused,
  UnexpectedFailure,
  UnfitAnswer,
} from './call-failures.ts';

const CALL = { timedOut: false, timeoutMs: 30_000 };

const apiError = (statusCode: number | undefined, responseHeaders?: Record<string, string>) =>
  new APICallError({
    message: 'Bad things',
    url: 'http://provider/v1/chat/completions',
    requestBodyValues: {},
    statusCode,
    responseHeaders,
  });

/** A socket error as undici reports it: "fetch failed", the socket's own error underneath. */
const socketError = (code: string) => {
  const cause = Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });
  return new TypeError('fetch failed', { cause });
};

describe('classifying a failed call by the error’s type', () => {
  it('retries rate limits after the wait the provider asked for', () => {
    const failure = classifyCallError(apiError(429, { 'retry-after': '7' }), CALL);
    expect(failure).toBeInstanceOf(RateLimited);
    expect(failure).toMatchObject({ retryable: true, retryAfterMs: 7000 });
    expect(failure.message).toBe('Rate limited by the provider (429): Bad things');
  });

  it('retries provider failures and answers without a status', () => {
    expect(classifyCallError(apiError(503), CALL)).toBeInstanceOf(ProviderFailed);
    expect(classifyCallError(apiError(undefined), CALL).message).toBe(
      'The provider failed (no status): Bad things',
    );
    expect(classifyCallError(apiError(500), CALL).retryable).toBe(true);
  });

  it('does not retry a refused key or request', () => {
    const key = classifyCallError(apiError(401), CALL);
    expect(key).toBeInstanceOf(KeyRefused);
    expect(key).toMatchObject({
      retryable: false,
      message: 'The provider refused the API key (401): check it in Settings',
    });
    expect(classifyCallError(apiError(404), CALL)).toBeInstanceOf(RequestRefused);
    expect(classifyCallError(apiError(400), CALL).retryable).toBe(false);
  });

  it('finds the provider’s error under the SDK’s wrappers', () => {
    const wrapped = new Error('outer', { cause: apiError(429) });
    expect(classifyCallError(wrapped, CALL)).toBeInstanceOf(RateLimited);
  });

  it('retries an answer that did not fit the format, keeping the model’s text', () => {
    const unfit = new NoObjectGeneratedError({
      message: 'No object generated',
      cause: new TypeValidationError({ value: { value: 'x' }, cause: new Error('value: expected a number') }),
      text: '{"value":"x"}',
      response: { id: 'r', timestamp: new Date(), modelId: 'm' },
      usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 } as never,
      finishReason: 'stop',
    });
    const failure = classifyCallError(unfit, CALL);
    expect(failure).toBeInstanceOf(UnfitAnswer);
    expect(failure).toMatchObject({ retryable: true, raw: '{"value":"x"}' });
    expect(failure.message).toBe("The answer did not fit the column's format: value: expected a number");
  });

  it('retries an unreachable provider, naming the socket’s error, by its code', () => {
    const failure = classifyCallError(socketError('ECONNREFUSED'), CALL);
    expect(failure).toBeInstanceOf(ProviderUnreachable);
    expect(failure.message).toBe('Could not reach the provider: connect ECONNREFUSED 127.0.0.1:9');
    // The same words without the code are no network failure.
    expect(classifyCallError(new Error('socket ECONNREFUSED'), CALL)).toBeInstanceOf(UnexpectedFailure);
  });

  it('tells a timeout from a cancellation by the call’s own signals', () => {
    const aborted = new DOMException('This operation was aborted', 'AbortError');
    expect(classifyCallError(aborted, { ...CALL, timedOut: true })).toBeInstanceOf(CallTimedOut);
    expect(classifyCallError(aborted, { ...CALL, timedOut: true }).message).toBe(
      'The provider did not answer within 30 s',
    );
    const cancelled = classifyCallError(aborted, { ...CALL, cancelled: true });
    expect(cancelled).toBeInstanceOf(CallCancelled);
    expect(cancelled.retryable).toBe(false);
  });

  it('does not retry what it cannot tell', () => {
    const failure = classifyCallError(new Error('boom'), CALL);
    expect(failure).toBeInstanceOf(UnexpectedFailure);
    expect(failure).toMatchObject({ retryable: false, message: 'The call failed: boom' });
  });
});
