import type { RowData } from '../../../contract/rows.ts';
import { valueText } from '../prompts/cell-prompt.ts';
import type { PersonFacts } from './contact-provider.ts';

/** Column keys that hold each fact, as people tables (and the people finder's) name them. */
const NAMES: Record<keyof PersonFacts, string[]> = {
  fullName: ['full_name', 'name', 'person', 'person_name', 'contact'],
  firstName: ['first_name', 'firstname', 'given_name'],
  lastName: ['last_name', 'lastname', 'surname', 'family_name'],
  linkedinUrl: ['linkedin_url', 'linkedin', 'profile_url'],
  companyName: ['company_name', 'company'],
  companyWebsite: ['company_website', 'website', 'domain', 'company_domain'],
  email: ['email', 'work_email', 'email_address'],
};

const first = (data: RowData, keys: string[]): string | undefined => {
  for (const key of keys) {
    const text = valueText(data[key]);
    if (text) return text;
  }
  return undefined;
};

/**
 * What a contact lookup is told about a person: the facts their row holds under the usual column keys,
 * the company's taken from the parent row (the company the person was found for) when the row has none.
 * `email`, when given, is the value of the column a reverse lookup names.
 */
export function personFacts(data: RowData, parent: RowData | null, email?: string): PersonFacts {
  const facts: PersonFacts = {};
  for (const [fact, keys] of Object.entries(NAMES) as Array<[keyof PersonFacts, string[]]>) {
    const value =
      first(data, keys) ?? (fact.startsWith('company') && parent ? first(parent, keys) : undefined);
    if (value) facts[fact] = value;
  }
  // A relation value (the link to the company row) is no company name.
  if (Array.isArray(data.company)) delete facts.companyName;
  if (!facts.companyName && parent) {
    const name = first(parent, NAMES.companyName);
    if (name) facts.companyName = name;
  }
  if (email) facts.email = email;
  return facts;
}
