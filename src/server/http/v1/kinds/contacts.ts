import type { V1ConfigOf } from '../../../../contract/v1/column-configs.ts';
import { keepingSent, type V1Kind } from './kind.ts';

/**
 * Email and phone finders: our contact kinds, answered by the configured contact provider from the
 * person's row (and its parent company row); without a provider their cells fail saying what to set.
 */
export const contactFinderKind = <K extends 'email_finder' | 'phone_finder'>(kind: K): V1Kind<K> => ({
  role: 'output',
  toColumn: (sent: V1ConfigOf<'email_finder' | 'phone_finder'>) => ({
    dataType: 'ai',
    config: keepingSent({ kind }, sent),
  }),
});

/** A reverse email lookup: the contact kind that reads the email column `email_column_key` names. */
export const reverseEmailLookupKind: V1Kind<'reverse_email_lookup'> = {
  role: 'output',
  toColumn: (sent) => ({
    dataType: 'ai',
    config: keepingSent({ kind: 'reverse_email_lookup', prompt: `{${sent.email_column_key}}` }, sent),
  }),
};
