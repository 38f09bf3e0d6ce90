import { useMutation } from '@tanstack/react-query';
import type { ConnectionTest } from '../../../../contract/providers.ts';
import { aiSettingsApi } from '../../../../contract/routes/settings.ts';
import { callRoute } from '../../../api/typed-client.ts';

/**
 * Sends the provider a tiny request. A provider that does not answer is a result (ok: false),
 * not an error: errors here mean the test itself could not run (unknown provider, server down).
 */
export function testProvider(providerId: string): Promise<ConnectionTest> {
  return callRoute(aiSettingsApi.testProvider, { params: { providerId } });
}

/** A mutation, not a query: each test is a fresh call the user asked for, never served from a cache. */
export function useTestProvider() {
  return useMutation({ mutationFn: testProvider });
}
