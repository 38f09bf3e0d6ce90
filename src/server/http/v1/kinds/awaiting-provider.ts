import type { V1ColumnKind, V1ConfigOf } from '../../../../contract/v1/column-configs.ts';
import { keepingSent, type V1Kind } from './kind.ts';

/** What each kind needs that this server does not have yet: the reason its cells fail with. */
const REASONS = {
  company_name:
    'Company system columns are filled by the company-profile agent, which this server does not have yet.',
  company_website:
    'Company system columns are filled by the company-profile agent, which this server does not have yet.',
  company_profile:
    'Company system columns are filled by the company-profile agent, which this server does not have yet.',
  company_people_finder:
    'The people finder (child rows in a people table) is not available on this server yet.',
  email_finder: 'Email finder columns need a contact provider, and none is configured on this server.',
  phone_finder: 'Phone finder columns need a contact provider, and none is configured on this server.',
  reverse_email_lookup:
    'Reverse email lookup needs a contact provider, and none is configured on this server.',
} satisfies Partial<Record<V1ColumnKind, string>>;

export type AwaitingKind = keyof typeof REASONS;

/**
 * A kind accepted and echoed back, whose cells fail with the reason above when run, before any model is
 * called: nothing is guessed (no invented email address). The company and contact capabilities replace
 * these entries in the registry with their own.
 */
export const awaitingProvider = <K extends AwaitingKind>(kind: K): V1Kind<K> => ({
  role: 'output',
  toColumn: (sent: V1ConfigOf<AwaitingKind>) => ({
    dataType: 'ai',
    config: keepingSent(
      { kind: 'agent', prompt: `${kind} (${sent.name})`, agentType: 'llm', unavailable: REASONS[kind] },
      sent,
    ),
  }),
});
