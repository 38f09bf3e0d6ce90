/** An action that failed; `retryable` when a later attempt may succeed (a webhook's 503, a timeout). */
export class ActionError extends Error {
  readonly retryable: boolean;

  constructor(message: string, retryable: boolean) {
    super(message);
    this.name = 'ActionError';
    this.retryable = retryable;
  }
}
