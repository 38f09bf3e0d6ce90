/**
 * How test servers reach the fake provider, with timings short enough for tests: a hanging call gives up
 * after 1.5 s, retries start after 100 ms, an idle engine looks for work every 100 ms.
 */
export const aiEnv = (fakeProviderUrl: string): Record<string, string> => ({
  OPENAI_BASE_URL: fakeProviderUrl,
  OPENAI_API_KEY: 'test-key-0123456789abcdef',
  AI_TABLES_MODEL: 'fake-default',
  AI_CALL_TIMEOUT_MS: '1500',
  AI_MAX_ATTEMPTS: '3',
  AI_RETRY_BASE_MS: '100',
  AI_POLL_MS: '100',
  AI_LEASE_MS: '4000',
});
