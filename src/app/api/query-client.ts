import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error.ts';

/** Creates the app's query client: retries only failures that might pass on a second try. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A 4xx (missing table, bad query) will fail the same way again; network errors and 5xx may not.
        retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status < 500),
      },
    },
  });
}
