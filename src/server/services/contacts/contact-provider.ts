import type { CallOutcome } from '../ai/call-model.ts';

/** What a contact column asks for. */
export type ContactKind = 'email_finder' | 'phone_finder' | 'reverse_email_lookup';

/** What is known of the person looked up, from their row and the row of the company it was found for. */
export interface PersonFacts {
  fullName?: string;
  firstName?: string;
  lastName?: string;
  linkedinUrl?: string;
  companyName?: string;
  companyWebsite?: string;
  email?: string;
}

/**
 * A service that finds contact data (an email finder, a phone finder, a reverse email lookup). It
 * answers with what it found, or with null when it found nothing: a contact is never made up.
 */
export interface ContactProvider {
  id: string;
  name: string;
  lookup(kind: ContactKind, person: PersonFacts, signal: AbortSignal): Promise<CallOutcome>;
}

/** How a contact provider is set up: from the environment, or in Settings (the key sealed). */
export interface ContactProviderConfig {
  kind: 'http-json';
  name: string;
  baseUrl: string;
  apiKey: string | null;
  source: 'environment' | 'settings';
}

export const NO_CONTACT_PROVIDER =
  'No contact provider is configured: email, phone and reverse-email columns look contacts up with one and never guess. Set CONTACTS_PROVIDER_URL (and CONTACTS_API_KEY), or add a contact provider in Settings.';
