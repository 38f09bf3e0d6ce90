import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContactSettings } from '../../../../contract/contacts.ts';
import { contactApi } from '../../../../contract/routes/settings.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { callRoute } from '../../../api/typed-client.ts';

/** The contact provider of email, phone and reverse-email columns (key masked), or null. */
export function getContactSettings(): Promise<ContactSettings> {
  return callRoute(contactApi.settings, {});
}

export function getContactSettingsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.contactSettings(), queryFn: getContactSettings });
}

export function useContactSettings() {
  return useQuery(getContactSettingsQueryOptions());
}
