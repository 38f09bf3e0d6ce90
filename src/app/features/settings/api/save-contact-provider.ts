import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContactProviderInput, ContactSettings } from '../../../../contract/contacts.ts';
import { contactApi } from '../../../../contract/routes/settings.ts';
import { callRoute } from '../../../api/typed-client.ts';
import { getContactSettingsQueryOptions } from './get-contact-settings.ts';

/** Sets the contact provider from Settings; an empty key keeps the stored one. */
export function saveContactProvider(input: ContactProviderInput): Promise<ContactSettings> {
  return callRoute(contactApi.save, { body: input });
}

/** Removes the contact provider set in Settings. */
export function deleteContactProvider(): Promise<void> {
  return callRoute(contactApi.remove, {});
}

const useContactMutation = <T, I>(mutationFn: (input: I) => Promise<T>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getContactSettingsQueryOptions().queryKey }),
  });
};

export const useSaveContactProvider = () => useContactMutation(saveContactProvider);
export const useDeleteContactProvider = () => useContactMutation(deleteContactProvider);
