import { z } from 'zod';
import { guardedFetch } from '../../net/outbound.ts';
import type { CallOutcome } from '../ai/call-model.ts';
import type { ContactKind, ContactProvider, ContactProviderConfig, PersonFacts } from './contact-provider.ts';

const MAX_BYTES = 256 * 1024;
const TIMEOUT_MS = 30_000;

/** What each lookup answers; null (or a 404) is "not found". */
const answers = {
  email_finder: z.object({ email: z.email().nullable(), confidence: z.number().min(0).max(1).optional() }),
  phone_finder: z.object({ phone: z.string().min(3).max(64).nullable() }),
  reverse_email_lookup: z.object({ profile: z.record(z.string(), z.unknown()).nullable() }),
};

const foundValue = (kind: ContactKind, answer: Record<string, unknown>): unknown =>
  kind === 'email_finder' ? answer.email : kind === 'phone_finder' ? answer.phone : answer.profile;

/**
 * A contact provider behind a small JSON protocol (docs/table-kinds.md): `POST {baseUrl}/{kind}` with
 * `{ person }` and the key as a bearer token; it answers `{ email }`, `{ phone }` or `{ profile }`, null
 * when it found nothing. Adapters for hosted finders speak it through a thin proxy, or get a file of
 * their own beside this one. Calls go through the outbound door; the operator's URL is trusted.
 */
export function httpJsonProvider(config: ContactProviderConfig): ContactProvider {
  const fetcher = guardedFetch({
    trustedOrigins: [config.baseUrl],
    maxBytes: MAX_BYTES,
    timeoutMs: TIMEOUT_MS,
  });
  const host = new URL(config.baseUrl).host;
  return {
    id: `${config.source}:${host}`,
    name: config.name,
    async lookup(kind: ContactKind, person: PersonFacts, signal: AbortSignal): Promise<CallOutcome> {
      const started = performance.now();
      const latency = () => Math.round(performance.now() - started);
      let response: Response;
      try {
        response = await fetcher(`${config.baseUrl.replace(/\/+$/, '')}/${kind}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(config.apiKey && { authorization: `Bearer ${config.apiKey}` }),
          },
          body: JSON.stringify({ person }),
          signal,
        });
      } catch (error) {
        return {
          ok: false,
          error: `${host} could not be reached: ${(error as Error).message}`,
          retryable: true,
          latencyMs: latency(),
        };
      }
      const text = await response.text();
      if (response.status === 404) return found(kind, null, text, latency());
      if (!response.ok) {
        const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
        const wait = Number(response.headers.get('retry-after'));
        return {
          ok: false,
          error: `The contact provider ${host} answered HTTP ${response.status}${response.status === 401 || response.status === 403 ? ': check its API key' : ''}`,
          retryable,
          ...(Number.isFinite(wait) && wait > 0 && { retryAfterMs: wait * 1000 }),
          raw: text.slice(0, 2000),
          latencyMs: latency(),
        };
      }
      let parsed: z.ZodSafeParseResult<Record<string, unknown>>;
      try {
        parsed = answers[kind].safeParse(JSON.parse(text));
      } catch {
        parsed = { success: false } as never;
      }
      if (!parsed.success) {
        return {
          ok: false,
          error: `The contact provider ${host} answered something unreadable`,
          retryable: false,
          raw: text.slice(0, 2000),
          latencyMs: latency(),
        };
      }
      return found(kind, foundValue(kind, parsed.data) ?? null, text, latency());
    },
  };
}

function found(kind: ContactKind, value: unknown, raw: string, latencyMs: number): CallOutcome {
  const what =
    kind === 'email_finder' ? 'email address' : kind === 'phone_finder' ? 'phone number' : 'profile';
  return {
    ok: true,
    answer: { value, note: value === null ? `The contact provider found no ${what}` : null },
    raw: raw.slice(0, 2000),
    tokensIn: null,
    tokensOut: null,
    latencyMs,
  };
}
