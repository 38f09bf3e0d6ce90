import type { APIRequestContext } from '@playwright/test';
import type { FakeRule } from '../../test/support/fake-provider/rules.ts';

/** The fake provider's address: playwright.config.ts starts it at E2E_PORT + 100. */
export const fakeProviderUrl = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 8791) + 100}`;

/**
 * Adds rules to the fake provider. Tests share one provider process, so each scripts its own
 * model name (set in its column's config) and appends, leaving other tests' rules alone.
 */
export async function scriptProvider(request: APIRequestContext, rules: FakeRule[]): Promise<void> {
  const response = await request.post(`${fakeProviderUrl}/__rules`, { data: { rules, append: true } });
  if (!response.ok()) throw new Error(`fake provider rules: ${response.status()} ${await response.text()}`);
}
