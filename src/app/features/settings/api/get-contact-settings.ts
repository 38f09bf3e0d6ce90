import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContactSettings } from '../../../../contract/contacts.ts';
import { api } from '../../../api/api-client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

/** The contact provider of email, phone and reverse-email columns (key masked), or null. */
export function getContactSettings(): Promise<ContactSettings> {
  return api.get<ContactSettings>('/contacts/settings');
}

export function getContactSettingsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.contactSettings(), queryFn: getContactSettings });
}

export function useContactSettings() {
  return useQuery(getContactSettingsQueryOptions());
}
